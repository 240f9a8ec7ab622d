"""A state's pledge with no subject named is aid, whatever the sentence before says; a contract valued by the year
is the trade it carries; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The money will go to roads, schools and housing for the displaced. Canada pledged $80 million, the "
            "third largest contribution.",
            "en",
        ),
        (
            "The finance minister said the guarantees would unlock more lending. Norway's foreign minister pledged "
            "$250 million at the meeting.",
            "en",
        ),
        ("Los fondos se destinarán a carreteras. Suecia donó 40 millones de dólares en la conferencia.", "es"),
    ],
)
def test_a_state_pledge_with_no_subject_is_aid(text, language):
    assert _subjects(text, language)[-1] == "aid"


@pytest.mark.parametrize(
    "text",
    [
        "Analysts put the value of the new gas contracts at about $2 billion a year.",
        "The ten-year deal could bring the exporter some $450 million a year, officials said.",
    ],
)
def test_a_contract_valued_by_the_year_is_trade(text):
    assert _subjects(text)[0] == "trade"
