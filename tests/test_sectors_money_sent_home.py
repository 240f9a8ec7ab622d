"""Labour in es/fr/pt: the money emigrants send home, written as money sent ("les envois de fonds", "envois d'argent",
"los envíos de dinero", "os envios de dinheiro") rather than as remittances, is labour (the guidelines' "labour
migration, remittances"); goods or a delegation sent are not. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les envois de fonds des Comoriens de France ont atteint 120 millions d'euros en 2022.", "fr"),
        ("Selon la Banque centrale, les envois d'argent de la diaspora malienne ont progressé de 9 %.", "fr"),
        ("Les envois d’argent des Haïtiens du Canada restent la première source de devises du pays.", "fr"),
        ("Los envíos de dinero de los hondureños en España crecieron un 15 % el año pasado.", "es"),
        ("El banco central de Nicaragua informó que los envíos de dinero desde Costa Rica suman 300 millones.", "es"),
        ("Os envios de dinheiro dos guineenses em Portugal somaram 80 milhões de euros em 2021.", "pt"),
        ("Segundo o Banco de Moçambique, os envios de dinheiro da África do Sul caíram 6 %.", "pt"),
    ],
)
def test_money_sent_home_by_emigrants_is_labour(text, language):
    assert "labour" in _sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les envois de marchandises du port de Dakar vers le Mali ont repris lundi.", "fr"),
        ("Los envíos de café de Colombia a Japón subieron un 10 % en marzo.", "es"),
        ("Os envios de soja do Brasil para a China bateram recorde em maio.", "pt"),
    ],
)
def test_goods_sent_are_not_labour(text, language):
    assert "labour" not in _sectors(text, language)
