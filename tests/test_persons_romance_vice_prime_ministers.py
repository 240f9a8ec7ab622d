"""A deputy head of government's title in Spanish, French and Portuguese (`viceprimer ministro`, `vice-premier
ministre`, `vice-primeiro-ministro`, their feminines) is the whole office, before the name or in apposition, with the
state its demonym gives. Sentences written for this test."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


TITLES = [
    ("es", "El viceprimer ministro chino Wang Yang visitó Lima.", "Wang Yang", "viceprimer ministro", "CHN"),
    (
        "es",
        "La viceprimera ministra tailandesa, Suda Chaiyaporn, llegó a Santiago.",
        "Suda Chaiyaporn",
        "viceprimera ministra",
        "THA",
    ),
    (
        "es",
        "El vice primer ministro ruso, Igor Sokolov, firmó el acuerdo en Caracas.",
        "Igor Sokolov",
        "vice primer ministro",
        "RUS",
    ),
    (
        "fr",
        "Le vice-premier ministre vietnamien, Tran Van Hoa, a visité Dakar.",
        "Tran Van Hoa",
        "vice-premier ministre",
        "VNM",
    ),
    (
        "fr",
        "La vice-Première ministre belge Sophie Lambert a rencontré le ministre malien Oumar Traoré.",
        "Sophie Lambert",
        "vice-Première ministre",
        "BEL",
    ),
    ("pt", "O vice-primeiro-ministro chinês Wang Yang visitou Luanda.", "Wang Yang", "vice-primeiro-ministro", "CHN"),
    (
        "pt",
        "O vice-primeiro-ministro turco, Cevdet Yılmaz, chegou a Maputo.",
        "Cevdet Yılmaz",
        "vice-primeiro-ministro",
        "TUR",
    ),
    (
        "pt",
        "A vice-primeira-ministra polaca, Anna Nowak, discursou em Lisboa.",
        "Anna Nowak",
        "vice-primeira-ministra",
        "POL",
    ),
    ("pt", "A vice-ministra indonésia Siti Rahayu visitou Díli.", "Siti Rahayu", "vice-ministra", "IDN"),
]


@pytest.mark.parametrize(("language", "text", "name", "role", "state"), TITLES)
def test_a_deputy_prime_ministers_title_is_the_whole_office(language, text, name, role, state):
    assert persons(text, language)[name] == (role, state)


def test_the_head_of_governments_title_alone_is_unchanged():
    assert persons("O primeiro-ministro português António Costa visitou Luanda.", "pt") == {
        "António Costa": ("primeiro-ministro", "PRT")
    }
    assert persons("El primer ministro japonés Taro Sato visitó Lima.", "es") == {
        "Taro Sato": ("primer ministro", "JPN")
    }
