"""Kind of a deficit or surplus: one a verb reports, or one of a past period, is a figure reported as current or
past (`actual`, as the spec's current trade volume is); one a budget plans or a forecast puts ahead stays other.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania posted a budget deficit of about $4.2 billion in 2019, the finance ministry said.", "en"),
        ("Sales abroad fell sharply, leaving the country with a deficit of roughly $6 billion.", "en"),
        ("The current account deficit narrowed to $2.1bn in the first nine months.", "en"),
        ("The kingdom ran a surplus of about 12 billion riyals last year.", "en"),
        ("El país acumula un déficit de más de 800 millones de dólares desde 2021.", "es"),
        ("Le pays a enregistré un déficit de 3 milliards d'euros l'an dernier.", "fr"),
        ("O governo registrou um déficit de R$ 40 bilhões no ano passado.", "pt"),
    ],
)
def test_a_deficit_or_surplus_reported_is_actual(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The draft budget assumes a deficit of $3 billion.",
        "The fiscal deficit for next year is projected at $5 billion.",
        "Lenders were asked to plug a deficit of $900 million in the new budget.",
    ],
)
def test_a_deficit_planned_or_forecast_stays_other(text):
    assert _kinds(text) == ["other"]
