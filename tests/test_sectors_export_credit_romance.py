"""Credit for a sale abroad named in Spanish, French or Portuguese ("crédit à l'exportation", "crédito a la
exportación", "crédito à exportação") is finance, as "export credit" is in English: the credit's word, no trade flow.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Le contrat, financé par un crédit à l'exportation garanti par l'État, est évalué à 60 millions d'euros.",
            "fr",
        ),
        ("La obra se pagará con un crédito a la exportación de 80 millones de euros, acordaron los dos países.", "es"),
        ("O contrato será financiado por um crédito à exportação de 40 milhões de euros, segundo o acordo.", "pt"),
    ],
)
def test_export_credit_is_finance_not_trade(text: str, language: str) -> None:
    found = sectors_of(text, language)
    assert "finance" in found
    assert "trade" not in found


def test_exports_themselves_are_trade() -> None:
    assert "trade" in sectors_of("Les exportations de blé vers l'Égypte ont atteint 2 milliards de dollars.", "fr")
