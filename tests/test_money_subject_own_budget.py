"""A state's money from its own budget for works at home is the project's, whatever loan the sentence before
names; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The development bank signed a €60 million loan for the ring road. The Government of Ruritania will "
            "provide RSD 900 million from the budget for expropriation and design.",
            "en",
        ),
        (
            "The fund approved a $75 million loan for the power line. The government would provide GH¢ 30 million "
            "as counterpart funds in the 2015 budget.",
            "en",
        ),
        (
            "Exports rose to $2 billion last year. Ruritania has already spent RSD 7 billion from its own budget "
            "on land acquisition for the bypass.",
            "en",
        ),
        ("The Treasury has budgeted J$900 million for new border equipment this fiscal year.", "en"),
        ("The Finance Ministry has earmarked EGP 4 billion for site preparation at the new harbour.", "en"),
        ("The government will set aside Ksh 1.1 billion for resettlement of families along the route.", "en"),
        (
            "El banco aprobó un préstamo de 50 millones de dólares. El gobierno destinará 9 millones de dólares "
            "con cargo al presupuesto para las expropiaciones.",
            "es",
        ),
    ],
)
def test_a_states_own_budget_money_for_works_at_home_is_the_project(text, language):
    assert _subjects(text, language)[-1] == "project"


def test_own_budget_money_for_a_service_at_home_stays_other():
    assert _subjects("The government has set aside N90 billion for primary education.") == ["other"]
