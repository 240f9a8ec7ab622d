"""Financing is a loan where a lender is named in the clause; financing no lender gives is not one by that word
alone; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The finance minister said the state expects external financing of $4 billion in the coming year.", "en"),
        ("El gobierno espera un financiamiento externo de 900 millones de dólares el próximo año.", "es"),
    ],
)
def test_financing_no_lender_gives_is_not_a_loan(text, language):
    assert _subjects(text, language)[0] == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two development banks signed a financing agreement of $300 million for new power lines.", "en"),
        ("O banco assinou um acordo de financiamento de R$ 2 bilhões com a distribuidora estadual.", "pt"),
    ],
)
def test_financing_a_lender_gives_is_a_loan(text, language):
    assert _subjects(text, language)[0] == "loan"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ruritania and Freedonia signed a financing agreement worth $900 million for a new ring road.", "en"),
        ("Los dos gobiernos firmaron un convenio de financiamiento por 300 millones de dólares para un puerto.", "es"),
    ],
)
def test_a_financing_agreement_is_a_loan(text, language):
    assert _subjects(text, language)[0] == "loan"
