"""Spanish, French and Portuguese offices of a body or a town named after "de" and before a comma ("el alcalde
de Arequipa, NAME,", "o presidente do Instituto Nacional de Estatística, NAME,"): the capitalised words are the
body's or the town's name and the holder follows the comma; a town's office is held in the town's state, and a
body's president holds no state's presidency. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def person(text: str, name: str, language: str):
    return next(a for a in extract_actors(text, language=language) if a.actor_type == "person" and a.name == name)


def persons(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


OFFICES_OF_TOWNS = [
    ("El alcalde de Arequipa, Omar Candia, firmó un convenio con una empresa de Bolivia.", "Omar Candia", "es", "PER"),
    ("La intendenta de Mendoza, Paula Ibáñez, recibió a una misión de Uruguay.", "Paula Ibáñez", "es", "ARG"),
    ("Le maire de Bamako, Adama Sangaré, a accueilli une délégation du Niger.", "Adama Sangaré", "fr", "MLI"),
    ("Le préfet de Dakar, Alioune Sène, a rencontré des entrepreneurs du Maroc.", "Alioune Sène", "fr", "SEN"),
    ("O prefeito de Curitiba, Eduardo Pimentel, assinou um acordo com o Paraguai.", "Eduardo Pimentel", "pt", "BRA"),
    ("A prefeita de Recife, Marília Lins, recebeu investidores de Portugal.", "Marília Lins", "pt", "BRA"),
]


@pytest.mark.parametrize(("text", "name", "language", "state"), OFFICES_OF_TOWNS)
def test_an_office_of_a_town_before_a_comma_introduces_its_holder_of_the_towns_state(text, name, language, state):
    found = person(text, name, language)
    assert found.role and found.role.split()[0].lower() in text.lower()
    assert found.country == state


OFFICES_OF_BODIES = [
    (
        "O acordo foi testemunhado pelo presidente do Instituto Nacional de Estatística, Armando Cuna, em Luanda.",
        "Armando Cuna",
        "pt",
        "presidente",
    ),
    (
        "El director de la Oficina Nacional de Aduanas, Rafael Peña, habló en Santo Domingo.",
        "Rafael Peña",
        "es",
        "director",
    ),
    (
        "Le directeur de la Société Nationale des Eaux, Koffi Amani, a signé le contrat à Abidjan.",
        "Koffi Amani",
        "fr",
        "directeur",
    ),
    (
        "O Alto-Comissário do Quénia em Londres, Peter Mwangi, visitou o porto de Felixstowe.",
        "Peter Mwangi",
        "pt",
        "Alto-Comissário",
    ),
]


@pytest.mark.parametrize(("text", "name", "language", "role"), OFFICES_OF_BODIES)
def test_a_body_named_before_a_comma_is_no_person_and_its_holder_has_the_office(text, name, language, role):
    assert person(text, name, language).role == role
    assert persons(text, language) == {name}


def test_a_portfolio_then_a_name_without_a_comma_still_names_the_holder():
    text = "O ministro da Economia Paulo Tavares falou em Brasília com empresários."
    assert person(text, "Paulo Tavares", "pt").role == "ministro"


def test_a_bodys_president_holds_no_states_presidency():
    text = (
        "MAPUTO - O contrato foi assinado em Maputo, na presença do presidente do Instituto Nacional de Minas, "
        "Rui Matsinhe. Pela empresa estatal de Moçambique assinou o presidente do conselho de administração, "
        "Tomás Langa."
    )
    assert person(text, "Tomás Langa", "pt").country == "MOZ"
