"""A body's remit listed after `of` or `for` is part of its name: the last item after `and`, `y`, `e` or `et` may
open with `the` or an article and may end on a head a remit may end on (`Services`, `Industries`), and in Spanish,
French and Portuguese an item of two or three words or one after an article may follow a comma ("Ministerio de
Relaciones Exteriores, Comercio Internacional y Culto"). A second body after `and` stays apart, and so does a
person's name after a body and a comma. Heads in remit_end_heads. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        (
            "The Department of Agriculture, Water and the Environment said it would lift the ban.",
            "Department of Agriculture, Water and the Environment",
            "en",
        ),
        (
            "The Uzbek Agency for Communal and Urban Services signed the loan with the Asian Development Bank.",
            "Uzbek Agency for Communal and Urban Services",
            "en",
        ),
        ("The Kenya Agency for Water Services will build the dam.", "Kenya Agency for Water Services", "en"),
        (
            "The Uzbek Agency for Communal Services will implement the project.",
            "Uzbek Agency for Communal Services",
            "en",
        ),
        (
            "El Ministerio de Relaciones Exteriores, Comercio Internacional y Culto anunció la visita.",
            "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto",
            "es",
        ),
        (
            "El Ministerio de Comercio Exterior, Turismo y Asuntos Indígenas firmó el acuerdo.",
            "Ministerio de Comercio Exterior, Turismo y Asuntos Indígenas",
            "es",
        ),
    ],
)
def test_a_remit_listed_after_of_or_for_is_part_of_the_name(text, name, language):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "names", "language"),
    [
        (
            "The Ministry of Mines and Energy and the Ministry of Finance met investors.",
            {"Ministry of Mines and Energy", "Ministry of Finance"},
            "en",
        ),
        (
            "The Ministry of Environment and Forestry and the Ministry of Finance signed the deal.",
            {"Ministry of Environment and Forestry", "Ministry of Finance"},
            "en",
        ),
        (
            "El Banco de Desarrollo de China, el ICBC y el Banco Mundial financiarán la obra.",
            {"ICBC", "Banco Mundial"},
            "es",
        ),
    ],
)
def test_a_second_body_stays_apart(text, names, language):
    assert names <= organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El presidente del Banco Central, Federico Sturzenegger, dijo que la inflación bajará.", "es"),
        ("O presidente do Banco de Moçambique, Ernesto Gove, anunciou a taxa.", "pt"),
        ("El vicepresidente del Consejo de Estado, Carlos Lage, y el canciller viajaron a Caracas.", "es"),
    ],
)
def test_a_persons_name_after_a_body_and_a_comma_is_no_portfolio(text, language):
    assert not any("," in name for name in organizations(text, language))
