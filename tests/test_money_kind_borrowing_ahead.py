"""Kind of a sum a borrower means to borrow ("plans to borrow around", "will borrow", "compte emprunter",
"prevé endeudarse por"): like a sum asked for, it is still to raise (target). A sum borrowed before now, and a
loan a lender grants, keep their kind. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Uzbekistan's finance ministry plans to borrow about $2 billion on foreign markets in 2026.", "en"),
        ("The province intends to borrow up to C$900 million through green bonds next spring.", "en"),
        ("Sri Lanka will borrow $500 million from regional lenders to pay for fuel imports.", "en"),
        ("El Tesoro paraguayo prevé endeudarse por 600 millones de dólares en los mercados internacionales.", "es"),
        ("La Côte d'Ivoire compte emprunter 400 milliards de francs CFA sur le marché régional.", "fr"),
    ],
)
def test_money_a_sum_to_borrow_is_a_target(text, language):
    assert _kinds(text, language)[0] == "target"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ghana borrowed $750 million on the Eurobond market in 2021.", "en"),
        ("The World Bank approved a $300 million loan to Uzbekistan for rural roads.", "en"),
    ],
)
def test_money_a_sum_borrowed_or_lent_is_no_target(text, language):
    assert _kinds(text, language)[0] != "target"
