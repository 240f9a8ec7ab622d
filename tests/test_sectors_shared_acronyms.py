"""Acronyms and units of the sector vocabulary (LNG, MW, FDI, SEZ, IMF) are written alike in Spanish, French and
Portuguese news, so each language reads them as English does; a word in lower case or another unit is none. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("O Governo e o consórcio assinaram os acordos do projecto Tanzânia LNG em Dodoma.", "pt", "energy"),
        ("Las dos partes acordaron construir en Atacama una planta fotovoltaica de 300 MW.", "es", "energy"),
        ("Le Maroc et le Nigeria ont signé un accord pour livrer du LPG à Dakar dès 2026.", "fr", "energy"),
        ("Angola e Namíbia acordaram interligar as redes com uma linha de 2 GW até 2030.", "pt", "energy"),
        ("Les deux pays veulent attirer davantage de FDI dans la zone franche de Kribi.", "fr", "investment"),
        ("Paraguay y Taiwán firmaron un memorando para crear una SEZ en Ciudad del Este.", "es", "investment"),
        ("Honduras negocia con el IMF un programa de 800 millones de dólares.", "es", "finance"),
        ("Moçambique e Portugal vão cooperar na cobertura 5G das escolas rurais.", "pt", "science_technology"),
    ],
)
def test_an_acronym_of_the_vocabulary_counts_in_every_language(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # the moment magnitude of an earthquake is no megawatt
        ("Le séisme de magnitude 6,1 Mw a frappé le sud du pays, a indiqué l'institut.", "fr", "energy"),
        # a word in lower case is no acronym
        ("El ministro dijo que las gw y mw de la lista no estaban claras para el acuerdo.", "es", "energy"),
    ],
)
def test_a_unit_of_another_kind_or_a_lower_case_word_is_no_acronym(text, language, sector):
    assert sector not in sectors_of(text, language)
