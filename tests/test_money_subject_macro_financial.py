"""Macro-financial assistance is lent: a loan, not the aid its last word names; every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brussels paid out €4 billion in macro-financial assistance to Ruritania last year.", "en"),
        ("The package adds €900 million of macro-financial assistance to the IMF programme.", "en"),
        ("La UE aprobó 600 millones de euros en asistencia macrofinanciera para Freedonia.", "es"),
    ],
)
def test_macro_financial_assistance_is_a_loan(text, language):
    assert extract_money(text, language=language)[0].subject == "loan"
