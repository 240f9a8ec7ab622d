"""A body owned by a state's government in the possessive (`the Government of Chile's Ministry of Public Works`)
is named from its own head: the government and the body are two, and the state's name with its possessive is no
part of the body's name. A body's own possessive (`the Bank of Japan's Monetary Policy Board`) parts the same way."""

import pytest

from pipelines.extract.article import extract_article


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "body", "government"),
    [
        (
            "Alstom won a contract from the Government of Chile's Ministry of Public Works to build a tunnel.",
            "Ministry of Public Works",
            "Government of Chile",
        ),
        (
            "A further sum from the Government of Nepal's Ministry of Home Affairs was released on Monday.",
            "Ministry of Home Affairs",
            "Government of Nepal",
        ),
        (
            "Funds came from the Government of Senegal's Ministry of Fisheries and Maritime Economy last year.",
            "Ministry of Fisheries and Maritime Economy",
            "Government of Senegal",
        ),
        (
            "The Government of Peru's Ministry of Energy and Mines approved the Antamina expansion.",
            "Ministry of Energy and Mines",
            "Government of Peru",
        ),
    ],
)
def test_a_government_s_body_is_named_from_its_head(text, body, government):
    found = organizations(text)
    assert {body, government} <= found
    assert not any("'s " in name for name in found)
