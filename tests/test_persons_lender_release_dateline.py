"""A release that an international body opens from its seat or a meeting place ("Cairo, 3 December 2020 - The
African Export-Import Bank has signed", "Abidjan, 4 mai - La Banque africaine de développement a approuvé"): the
dateline's place is the body's, no side of the story, so the borrower's unqualified officials are the borrower's.
Sentences written for these tests, from every region; the last ones keep a dateline that files for a side."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "en",
        "Cairo, 3 December 2020 - The African Export-Import Bank (Afreximbank) has signed a $750 million facility "
        "with a bank in Nigeria.\n\nThe agreement was witnessed by Minister of Finance Ngozi Adeyemi, who said "
        "Nigeria's exporters would gain.",
        "Ngozi Adeyemi",
        "NGA",
    ),
    (
        "en",
        "WASHINGTON, December 12, 2024 - The World Bank's Board of Executive Directors today approved $350 million "
        "for a dam in Tajikistan.\n\nMinister of Energy Rustam Nazarov said the plant would end winter shortages in "
        "Tajikistan by 2029.",
        "Rustam Nazarov",
        "TJK",
    ),
    (
        "en",
        "MANILA, PHILIPPINES - The Asian Development Bank (ADB) has approved a $170 million grant to help "
        "Afghanistan complete its ring road.\n\nFinance Minister Ahmad Rahimi welcomed the approval for Afghanistan.",
        "Ahmad Rahimi",
        "AFG",
    ),
    (
        "en",
        "BEIJING, May 3, 2022 - The Asian Infrastructure Investment Bank approved $250 million for Bangladesh's "
        "power grid.\n\nFinance Minister Abdul Karim said the grid would reach rural districts of Bangladesh.",
        "Abdul Karim",
        "BGD",
    ),
    (
        "es",
        "WASHINGTON, 10 de marzo de 2022 - El Banco Interamericano de Desarrollo aprobó un préstamo de 200 millones "
        "de dólares para Paraguay.\n\nEl ministro de Hacienda, Carlos Benítez, dijo que Paraguay construirá rutas.",
        "Carlos Benítez",
        "PRY",
    ),
    (
        "fr",
        "Abidjan, 4 mai 2021 - La Banque africaine de développement a approuvé un prêt de 120 millions de dollars "
        "au Cameroun pour des routes rurales.\n\nLe ministre des Finances, Paul Nkodo, a salué cette décision pour "
        "le Cameroun. La Banque a son siège à Abidjan, en Côte d'Ivoire.",
        "Paul Nkodo",
        "CMR",
    ),
    (
        "en",
        "Abidjan, 9 June 2023 - The African Development Bank has approved a $90 million loan to Malawi for "
        "irrigation.\n\nFinance Minister Sosten Gwengwe said Malawi's farmers would gain.\n\nThe Bank is "
        "headquartered in Abidjan, Côte d'Ivoire.",
        "Sosten Gwengwe",
        "MWI",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), CASES)
def test_the_bodys_seat_files_for_no_side(language, text, name, state):
    assert country(text, name, language) == state


KEPT = [
    # a national agency at home, then a body: the dateline still files for its state
    (
        "en",
        "ISLAMABAD, May 3 (APP): The Asian Development Bank will lend $300 million for schools.\n\nFinance Minister "
        "Asad Qureshi signed the loan with the ADB's country director.",
        "Asad Qureshi",
        "PAK",
    ),
    # a state's own news opens the sentence, not a body
    (
        "en",
        "NAIROBI, June 4 - Kenya has signed a $500 million loan with the World Bank for roads.\n\nTreasury Secretary "
        "John Mbadi said Kenya would repay over 30 years.",
        "John Mbadi",
        "KEN",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), KEPT)
def test_a_dateline_that_files_for_a_side_stays(language, text, name, state):
    assert country(text, name, language) == state
