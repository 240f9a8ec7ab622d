"""Datelines as outlets of every region write them: a weekday before the date (`NAIROBI, Tuesday, June 19`), an
article (`Dakar, le 8 juillet`, `Lima, el 3 de mayo`), a weekday in Spanish or Portuguese (`Quito, martes 2 de
julio`), a month in capitals (`TBILISI, MARCH 3`), the place's state between the place and the date or the dash
(`DOHA, Qatar, May 2`, `APIA, Samoa —`), a place of several words joined by `de` or `do` (`Ciudad de México, 15
de marzo`, `Foz do Iguaçu`), an agency after a comma or an old wire's underscore (`Abidjan, (AIP) -`, `(AP) _`).
A headline that opens with two capitals (`Baku, Ankara agree ...`) is no dateline, nor a wire's place abroad with
a state the story never names again (`VALLETTA, Malta, Oct. 4 (UPI) --` on Libya). The report's home side is the
dateline's state, so its officials named without a state are that state's. Sentences and names written for
these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import dateline_countries


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("opening", "state"),
    [
        ("NAIROBI, Tuesday, June 19, 2007 - Kenya said", "KEN"),
        ("Dhaka, Thursday, March 12, 2009\nBangladesh said", "BGD"),
        ("Dakar, le 8 juillet 2020\nLe Sénégal a dit", "SEN"),
        ("Tunis, le 22 septembre 2014 - La Tunisie", "TUN"),
        ("Quito, martes 2 de julio de 2024.- Ecuador", "ECU"),
        ("Foz do Iguaçu, 10 de maio de 2019 - O Brasil", "BRA"),
        ("Rio de Janeiro, 12 de maio de 2005 - O Brasil", "BRA"),
        ("TBILISI, MARCH 3, GEORGIAN NEWS. Georgia said", "GEO"),
        ("DOHA, Qatar, May 2, 2018 /Newswire/ -- Qatar said", "QAT"),
        ("APIA, Samoa — Samoa and New Zealand signed", "WSM"),
        ("HANOI, VIETNAM - MAY 9, 2021: Vietnam said", "VNM"),
        ("JAKARTA (AP) _ Indonesia said", "IDN"),
        ("Abidjan, (AIP) - La Côte d'Ivoire", "CIV"),
    ],
)
def test_the_state_of_a_dateline_of_each_shape(opening, state):
    assert dateline_countries(opening)[-1] == state


@pytest.mark.parametrize(
    "opening",
    ["Baku, Ankara agree to speed up pipeline talks", "Lima, Quito sign a border deal", "Kenya, at 60, looks east"],
)
def test_a_headline_opening_with_two_places_is_no_dateline(opening):
    assert dateline_countries(opening) == ()


def test_a_wires_place_abroad_whose_state_the_story_never_names_again_is_no_side():
    text = "VALLETTA, Malta, Oct. 4 (UPI) -- Libya and Tunisia agreed on Thursday to reopen the border crossing."
    assert dateline_countries(text) == ()


def test_a_home_minister_under_a_dateline_with_a_weekday():
    text = (
        "Cairo, Thursday, December 10, 2009\n\nEgypt and the United Arab Emirates agreed on a trading link. The "
        "memorandum was signed in Abu Dhabi on Monday by Investment Minister Tarek Mansour and the UAE's Minister "
        "of Economy Saeed Al Mazrouei. The United Arab Emirates will open a branch, the UAE said."
    )
    assert persons(text)["Tarek Mansour"] == "EGY"


def test_a_home_minister_under_french_and_spanish_datelines():
    text = (
        "Ouagadougou, le 16 septembre 2010 - Le Burkina Faso recevra des semences de Taïwan. Le ministre de "
        "l'Agriculture, Laurent Kaboré, a annoncé que Taïwan enverra quarante tonnes. Taïwan financera aussi les "
        "digues, selon l'ambassadeur de Taïwan."
    )
    assert persons(text, "fr")["Laurent Kaboré"] == "BFA"
    text = (
        "Ciudad de México, 15 de marzo de 2024\n\nMéxico y Guatemala acordaron ampliar la cooperación. La "
        "secretaria de Relaciones Exteriores, Alicia Bárcena Ruiz, recibió al canciller de Guatemala, Carlos "
        "Martínez. Guatemala pidió más visas y Guatemala abrirá un consulado."
    )
    found = persons(text, "es")
    assert found["Alicia Bárcena Ruiz"] == "MEX"
    assert found["Carlos Martínez"] == "GTM"
