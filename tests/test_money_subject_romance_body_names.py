"""A Romance body's name ("Banque européenne d'investissement", "Banco Europeo de Inversiones") says what the body
does, not what a figure is; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str) -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Banque européenne d'investissement a accordé 250 millions d'euros au Sénégal.", "fr"),
        ("El Banco Europeo de Inversiones aprobó 90 millones de euros para Ecuador.", "es"),
        ("La Banque européenne d'investissement s'est engagée à hauteur de 300 millions d'euros.", "fr"),
    ],
)
def test_money_a_lender_named_for_investment_lends(text, language):
    assert _subjects(text, language)[0] == "loan"
