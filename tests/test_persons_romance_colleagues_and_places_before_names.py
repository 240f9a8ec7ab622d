"""A colleague in Spanish, French and Portuguese is a counterpart (`su colega portugués NAME`: the same office, for
the state its demonym gives), and a place with `de` before a name in an apposition is no word of the name
(`la visite à Rabat de NAME, ministre ...`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_actors(text, language=language)
    return {a.name: (a.role, a.country) for a in found if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "language", "name", "role", "country"),
    [
        (
            "El canciller uruguayo, Martín Ferrer, y su colega paraguayo Rubén Acosta firmaron el acta.",
            "es",
            "Rubén Acosta",
            "canciller",
            "PRY",
        ),
        (
            "Le ministre béninois du Commerce, Alain Sossou, a reçu sa collègue togolaise, Akossiwa Mensah.",
            "fr",
            "Akossiwa Mensah",
            "ministre",
            "TGO",
        ),
        (
            "O chanceler cabo-verdiano Jorge Tavares e o seu colega angolano Manuel Domingos assinaram o acordo.",
            "pt",
            "Manuel Domingos",
            "chanceler",
            "AGO",
        ),
    ],
)
def test_a_colleague_of_a_state_holds_the_office_of_the_person_before(text, language, name, role, country):
    assert persons(text, language)[name] == (role, country)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La visite à Dakar de Hélène Morel, ministre déléguée au Commerce, a été brève.", "fr", "Hélène Morel"),
        ("La llegada a Quito de Sofía Benítez, ministra de Turismo de Colombia, fue celebrada.", "es", "Sofía Benítez"),
        ("A passagem por Luanda de Rui Falcão, ministro da Economia de Portugal, foi curta.", "pt", "Rui Falcão"),
    ],
)
def test_a_place_and_de_before_a_name_are_no_words_of_it(text, language, name):
    found = persons(text, language)
    assert name in found
    assert not any(other.endswith(" " + name) for other in found)


def test_a_given_name_that_is_also_a_city_stays_in_the_name():
    assert "Santiago de Almeida Costa" in persons("Santiago de Almeida Costa, ministro das Finanças, falou.", "pt")
