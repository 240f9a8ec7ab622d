"""A sum owed to a seller of goods or works (suppliers, contractors, a gas or an oil company), or owed for goods
delivered, is a bill unpaid: subject other, not a loan; a debt to a lender, or for works a loan paid for, stays a
loan. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The state oil firm owes its suppliers about $2.1 billion, the finance ministry said.", "en"),
        ("Road contractors are still owed some KSh 40 billion in arrears, the treasury admitted.", "en"),
        ("Iraq owes Iran roughly $3 billion for earlier gas and electricity deliveries, officials said.", "en"),
        ("The utility still owes the Turkmen state gas company about $700 million, its chairman said.", "en"),
        ("Islamabad said it would settle arrears of about $1.2 billion owed to foreign oil companies by June.", "en"),
        ("La petrolera estatal adeuda a sus proveedores unos 900 millones de dólares, según el ministerio.", "es"),
        ("Les arriérés de l'État envers les fournisseurs locaux atteignent près de 300 millions d'euros.", "fr"),
        ("As dívidas do Estado a empresas portuguesas estão estimadas em cerca de 400 milhões de euros.", "pt"),
    ],
)
def test_a_sum_owed_to_a_seller_is_a_bill_not_a_loan(text, language):
    assert _subjects(text, language) == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Zambia owes China about $6 billion, most of it borrowed for roads.", "en"),
        ("Laos owes Beijing some $4 billion for the gas pipeline and the railway.", "en"),
        ("Kenya owes the Export-Import Bank of China about $5 billion.", "en"),
    ],
)
def test_a_debt_to_a_lender_stays_a_loan(text, language):
    assert _subjects(text, language) == ["loan"]
