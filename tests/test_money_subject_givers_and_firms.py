"""The subject of an amount from its giver before a noun a phrase away; every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "Canada will commit $30 million over three years to the next stage of Ghana's school programme, with targeted"
        " investment in rural areas.",
        "Japan pledged $12 million to help Laos rebuild the clinics the floods destroyed last year, part of wider"
        " investment in the Mekong region.",
    ],
)
def test_money_a_donor_state_gives_is_aid_before_a_noun_a_phrase_away(text):
    assert _subjects(text)[0] == "aid"
