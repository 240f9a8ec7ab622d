"""A state budget's allocation to an energy sector at home ("sets aside 71 billion pounds for the electricity
sector", "allocates 9 trillion dinars to power generation", "earmarks GEL 120 million for energy security") is the
state's own spending: subject other, as money for health or education at home is; where the budget's holder is of
that sector ("the Power Division's allocation", "the energy ministry's budget includes ... for grid
reinforcement") it stays the works'. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The finance minister said next year's budget sets aside 64 billion pounds for the electricity sector.", "en"),
        ("The ministry's 2024 budget, approved in March, allocates IQD 7 trillion to power generation.", "en"),
        ("Rabat's budget for 2023 allocates Dh9bn to grid upgrades across the south.", "en"),
        ("The 2012 state budget earmarks GEL 95 million for energy security.", "en"),
        ("El presupuesto de 2024 destina 900 millones de dólares al sector de la energía.", "es"),
        ("Le budget de l'État pour 2022 consacre 120 milliards de francs CFA au secteur de l'énergie.", "fr"),
    ],
)
def test_a_budget_for_an_energy_sector_at_home_is_other(text, language):
    assert _subjects(text, language) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The Power Division's allocation rises to Tk 6,900 crore next year.",
        "The energy ministry's budget for 2024 includes EGP 18 billion for grid reinforcement in the delta.",
        "The budget sets aside $300 million for the new power plant at Aqaba.",
    ],
)
def test_a_budget_of_an_energy_body_or_for_works_is_the_project(text):
    assert _subjects(text) == ["project"]
