"""Kind of a trade balance a clause on "with" adds to a level a verb reported ("trade reached $590 million last year,
with a deficit of"): reported with that level (actual); a balance forecast, planned or still to come stays other.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Ghana and India reached $4.2 billion last year, with a surplus of $1.1 billion for Ghana.",
            "en",
        ),
        (
            "Two-way trade stood at $9 billion in 2021, with Kenya's deficit estimated at $2.5 billion.",
            "en",
        ),
        ("Bilateral trade totalled $780 million in 2019, with a deficit of about $300 million for Nepal.", "en"),
        (
            "El comercio alcanzó 2.300 millones de dólares en 2022, con un déficit de 900 millones de dólares.",
            "es",
        ),
        ("Les échanges ont atteint 1,4 milliard d'euros l'an dernier, avec un excédent de 200 millions d'euros.", "fr"),
        ("O comércio bilateral somou US$ 3 bilhões em 2023, com um déficit de US$ 800 milhões para Angola.", "pt"),
    ],
)
def test_a_balance_added_to_a_reported_level_is_reported(text, language):
    assert _kinds(text, language) == ["actual", "actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Exports reached $2 billion last year, and the government expects a deficit of $5 billion next year.",
        "Revenue reached $12 billion in 2023, with the budget deficit expected to hit $3 billion next year.",
        "Egypt's budget, which began on Sunday, targets a deficit of EGP 438 billion.",
    ],
)
def test_a_balance_forecast_or_planned_stays_other(text):
    assert _kinds(text)[-1] == "other"
