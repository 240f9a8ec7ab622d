"""A wish for a level to come, said before the figure ("we want to see it cross $6 billion", "hoped to see trade
top", "queremos ver", "nous voulons voir"), sets a goal: a target, whatever level a sentence before reports;
the same words after a level reported leave it reported. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kind_of(text: str, figure: str, language: str = "en") -> str:
    return next(m.kind for m in extract_money(text, language=language) if m.text == figure)


@pytest.mark.parametrize(
    "text, figure, language",
    [
        (
            '"Our trade last year was $4 billion. We want to see it cross $6 billion by 2027," he said.',
            "$6 billion",
            "en",
        ),
        ('"We want to see Chinese investment of at least $3 billion here by 2030," he said.', "$3 billion", "en"),
        ("The minister said he hoped to see bilateral trade top $2 billion by 2026.", "$2 billion", "en"),
        ("The government wants to see foreign investment of $10 billion a year by 2030.", "$10 billion", "en"),
        ('"Queremos ver el comercio superar los 3.000 millones de dólares", dijo.', "3.000 millones de dólares", "es"),
        (
            "« Nous voulons voir les échanges dépasser 1 milliard d'euros », a dit le ministre.",
            "1 milliard d'euros",
            "fr",
        ),
        ('"Queremos ver o comércio chegar a US$ 2 bilhões até 2028", disse o ministro.', "US$ 2 bilhões", "pt"),
    ],
)
def test_a_wish_to_see_a_level_is_a_goal(text, figure, language):
    assert _kind_of(text, figure, language) == "target"


def test_a_level_reported_before_a_wish_stays_reported():
    text = "Trade between the two countries was worth £1.3 billion in 2024, and we want to see that grow."
    assert _kind_of(text, "£1.3 billion") == "actual"
