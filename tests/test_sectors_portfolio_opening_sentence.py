"""A ministry or a minister named by its portfolio at the head of a sentence ("Finance Ministry figures showed",
"Agriculture Ministry officials said") is the name of a body, as it is inside a sentence: its portfolio reports no
activity. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Finance Ministry figures released on Friday showed the deficit rose to $3 billion in May.", "finance"),
        ("Agriculture Ministry officials said the talks with the visiting delegation went well.", "agriculture"),
        ("Defence Minister Ali Haddad held talks with his Omani counterpart on Sunday.", "defence"),
    ],
)
def test_a_portfolio_opening_a_sentence_is_a_name(text: str, sector: str) -> None:
    assert sector not in sectors_of(text)


def test_a_field_opening_a_sentence_still_counts() -> None:
    assert "finance" in sectors_of("Finance and banking were the main topics of the talks between the two governments.")
