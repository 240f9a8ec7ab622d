"""Debt relief written as one word in Spanish, French and Portuguese ("desendeudamiento", "désendettement",
"desendividamento", as in a French debt-relief and development contract) is finance, as "debt relief" is in English
(the guidelines' debt restructuring). Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Cameroun et la France ont signé un deuxième contrat de désendettement de 400 millions d'euros.", "fr"),
        ("Selon Paris, le désendettement du Congo libérera des fonds pour les écoles et les routes.", "fr"),
        ("Nicaragua y España firmaron un programa de desendeudamiento por 50 millones de dólares.", "es"),
        ("El desendeudamiento de Bolivia con Brasil se cerró el martes en La Paz.", "es"),
        ("Portugal e Cabo Verde assinaram um acordo de desendividamento de 140 milhões de euros.", "pt"),
        ("O desendividamento de São Tomé junto de Angola foi discutido pelos dois ministros.", "pt"),
    ],
)
def test_debt_relief_in_one_word_is_finance(text: str, language: str) -> None:
    assert "finance" in sectors_of(text, language)
