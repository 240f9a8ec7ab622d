"""Kind of money spent: spent before now, or spent each year, it is a figure reported (actual), whatever works it
went on; money that will be spent stays committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The utility says it has spent $2.3 billion on new substations.", "en"),
        ("The ministry spent about €400 million on repairs to the bridge and the port.", "en"),
        ("Kenya is spending some $900 million a year on fuel for its power plants.", "en"),
        ("Le gouvernement a dépensé 300 millions d'euros pour les routes du nord.", "fr"),
    ],
)
def test_money_spent_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The operator will spend $1 billion on the new line.",
        "The firm would spend a further $500 million on its network next year.",
    ],
)
def test_money_to_be_spent_stays_committed(text):
    assert _kinds(text) == ["commitment"]
