"""The subject of a government's budget allocation for its own works; every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania's budget for 2025 sets aside $40 million for the northern water network.", "en"),
        ("The Treasury has earmarked Rs 12 billion in this year's budget for land acquisition.", "en"),
        ("The finance ministry said the 2019 appropriation includes $80 million as counterpart funding.", "en"),
        ("El presupuesto de 2024 asigna 900 millones de dólares a la red eléctrica del sur.", "es"),
        ("Le budget de l'État prévoit 30 milliards de francs CFA pour les routes rurales.", "fr"),
    ],
)
def test_a_budget_allocation_for_works_at_home_is_the_project(text, language):
    assert _subjects(text, language)[0] == "project"


def test_a_budget_allocation_for_another_state_is_not_the_project():
    text = "The administration's budget request includes $75 million for Honduras in fiscal year 2026."
    assert _subjects(text)[0] != "project"
