"""A bank that stores goods, seeds, genes, blood or food ("rebuild the gene bank", "un banco de semillas", "la banque
alimentaire"), is no bank of money: no finance. A lender still is. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Duplicate samples sent from Aleppo will help rebuild the gene bank in Lebanon.", "en"),
        ("The regional blood bank in Mzuzu received two refrigerated vans on Monday.", "en"),
        ("La comunidad inauguró un banco de semillas nativas en Cochabamba la semana pasada.", "es"),
        ("La banque alimentaire de Dakar a reçu dix tonnes de riz des bénévoles.", "fr"),
        ("O banco de sementes da Embrapa guarda mais de 100 mil amostras.", "pt"),
    ],
)
def test_a_bank_of_goods_is_no_finance(text: str, language: str) -> None:
    assert "finance" not in sectors_of(text, language)


def test_a_bank_that_lends_is_finance() -> None:
    assert "finance" in sectors_of("The Asian Development Bank will lend Laos $80 million for rural roads.")
