"""Sector words the vocabulary lacked: uranium mined, cattle and plantations, power transmission networks, money
reinvested, the Portuguese and French past forms of investing, medicines in Spanish and Portuguese, and urban
mobility; every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The joint venture will raise its uranium output to 3,000 tonnes a year under the deal.", "en", "mining"),
        ("La coentreprise portera sa production d'uranium à 2 000 tonnes par an.", "fr", "mining"),
        ("Exports of live cattle and sheep to Jordan rose to 2 million head last year.", "en", "agriculture"),
        ("The workers will be employed mainly in the plantation sector, the ministers agreed.", "en", "agriculture"),
        ("The loan will upgrade the power transmission network in the south.", "en", "energy"),
        ("The government said it would reinvest the proceeds in projects on the island.", "en", "investment"),
        ("A mineradora investe US$ 2 bilhões no projeto de cobre no norte do país.", "pt", "investment"),
        ("La société a investi 300 millions d'euros dans une usine au Maroc.", "fr", "investment"),
        ("El laboratorio produce medicamentos genéricos con apoyo de Brasil, que donó 5 millones.", "es", "health"),
        ("A fábrica vai produzir medicamentos contra a malária com apoio de Cuba.", "pt", "health"),
        ("O empréstimo financiará projetos de mobilidade urbana em cinco capitais.", "pt", "transport"),
        ("The bank will fund urban mobility projects in three cities.", "en", "transport"),
    ],
)
def test_words_the_vocabulary_lacked_name_their_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a president sworn in is "investi", no investment; enriched uranium is a weapon's material, not mining
        ("Il a été investi président le 20 mai devant les députés du pays.", "fr", "investment"),
        ("Iran has enriched uranium to 60 percent, the two sides said in talks.", "en", "mining"),
    ],
)
def test_words_of_another_sense_do_not(text, language, sector):
    assert sector not in sectors_of(text, language)
