"""Officials of bodies of many states that the tables do not know, named by a worldwide adjective and a head
(`International ... Agency`, `Global ... Institute`, `Organización Internacional ...`), and of the IOM named in
Spanish, French or Portuguese: they serve no state, neither the host of their office nor the state they meet. A
body that names a state is that state's. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.person_bodies import worldwide_body


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


STATELESS = [
    (
        "Nepal's foreign secretary met Ines Halvorsen, regional director of the International Centre for Water "
        "Cooperation, in Kathmandu.",
        "Ines Halvorsen",
        "en",
    ),
    (
        "Kenya and Uganda agreed on a grid link. Tomasz Wrobel, Director-General of the International Solar "
        "Energy Agency, welcomed it.",
        "Tomasz Wrobel",
        "en",
    ),
    (
        "Fiji and Samoa met in Suva. Ana Ruiz, head of the Global Green Growth Institute, said the pact would help.",
        "Ana Ruiz",
        "en",
    ),
    (
        "La jefa de misión de la OIM en Costa Rica, Lucía Fernández, dijo que Panamá y Costa Rica cooperan.",
        "Lucía Fernández",
        "es",
    ),
    (
        "Le chef de mission de l'OIM au Tchad, Pierre Lambert, a salué l'accord entre le Tchad et le Niger.",
        "Pierre Lambert",
        "fr",
    ),
    (
        "A chefe da missão da OIM em Moçambique, Paula Antunes, disse que Moçambique e Malawi cooperam.",
        "Paula Antunes",
        "pt",
    ),
    (
        "Nigeria's trade minister met the Afreximbank president Daniel Okafor in Abuja.",
        "Daniel Okafor",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "name", "language"), STATELESS)
def test_an_official_of_a_body_of_many_states_serves_none(text, name, language):
    assert country(text, name, language) is None


def test_an_office_read_into_the_body_it_is_held_at_runs_to_the_bodys_end():
    text = (
        "Kenya and Uganda agreed on a grid link. Tomasz Wrobel, Director-General of the International Solar "
        "Energy Agency, welcomed it."
    )
    person = next(a for a in extract_actors(text) if a.name == "Tomasz Wrobel")
    assert (person.role, person.country) == ("Director-General of the International Solar Energy Agency", None)


def test_a_state_body_named_like_one_stays_the_states():
    text = "Azerbaijan and Georgia met. Elnur Mammadov, chairman of the International Bank of Azerbaijan, spoke."
    assert country(text, "Elnur Mammadov") == "AZE"
    text = "El embajador de Chile en Costa Rica, Juan Pérez, dijo que Chile y Costa Rica cooperan."
    assert country(text, "Juan Pérez", "es") == "CHL"


@pytest.mark.parametrize(
    ("name", "worldwide"),
    [
        ("International Energy Agency", True),
        ("Organisation internationale de la Francophonie", True),
        ("Programa Mundial de Alimentos", True),
        ("Fondo Monetario Internacional", True),
        ("Pakistan International Airlines", False),
        ("Department for International Development", False),
        ("Ministry of International Trade and Investment", False),
        ("Banco Internacional del Ecuador", False),
        ("Global Times", False),
    ],
)
def test_which_names_are_of_bodies_of_many_states(name, worldwide):
    assert worldwide_body(name) is worldwide
