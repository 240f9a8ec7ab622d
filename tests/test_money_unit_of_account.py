"""The African Development Bank lends in its unit of account (ISO 4217 XUA), written UA in English, UC in French and
by name in each language. Every sentence here was written for this test."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("The African Development Bank approved a loan of UA 110 million for the Nacala corridor.", "en", 110e6),
        ("The Fund will lend 45 million units of account to Malawi for rural roads.", "en", 45e6),
        ("The AfDB board approved UA 2.5 billion for the Lobito corridor.", "en", 2.5e9),
        ("La BAD a approuvé un prêt de 50 millions d'unités de compte pour le Niger.", "fr", 50e6),
        ("Le prêt de UC 50 millions financera la route Dakar-Bamako.", "fr", 50e6),
        ("El BAfD aprobó 30 millones de unidades de cuenta para Cabo Verde.", "es", 30e6),
        ("O BAD aprovou 20 milhões de unidades de conta para Moçambique.", "pt", 20e6),
    ],
)
def test_the_afdb_unit_of_account_is_xua(text, language, amount):
    assert [(m.amount, m.currency) for m in extract_money(text, language=language)] == [(amount, "XUA")]
