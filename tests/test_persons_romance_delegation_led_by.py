"""A Spanish, French or Portuguese delegation that a demonym qualifies, then a participle and the person who leads
it ("une délégation ghanéenne conduite par le ministre des Finances, NAME"): the leader is of the delegation's
state, not of the host who receives it. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text: str, name: str, language: str) -> str | None:
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


LEADERS = [
    (
        "Le Premier ministre Daniel Kouassi a reçu à Abidjan une délégation ghanéenne conduite par le ministre des "
        "Finances, Kofi Mensah. Le Ghana et la Côte d'Ivoire veulent peser sur les prix du cacao.",
        "Kofi Mensah",
        "fr",
        "GHA",
    ),
    (
        "Le président Macky Faye a accueilli à Dakar une mission malienne dirigée par le ministre des Mines, "
        "Lamine Keïta. Le Sénégal et le Mali relieront leurs réseaux.",
        "Lamine Keïta",
        "fr",
        "MLI",
    ),
    (
        "El canciller Luis Prado recibió en Lima a una delegación boliviana encabezada por el ministro de "
        "Hidrocarburos, Mario Quiroga. Perú y Bolivia firmaron un acuerdo de gas.",
        "Mario Quiroga",
        "es",
        "BOL",
    ),
    (
        "El gobernador Raúl Medina recibió en Asunción a una comitiva uruguaya presidida por el ministro de "
        "Transporte, Jorge Sosa. Paraguay y Uruguay revisaron la hidrovía.",
        "Jorge Sosa",
        "es",
        "URY",
    ),
    (
        "O Presidente Filipe Nyusi recebeu em Maputo uma delegação angolana chefiada pelo ministro dos Transportes, "
        "Ricardo Viegas. Moçambique e Angola assinaram um memorando.",
        "Ricardo Viegas",
        "pt",
        "AGO",
    ),
]


@pytest.mark.parametrize(("text", "name", "language", "state"), LEADERS)
def test_the_leader_of_a_delegation_a_demonym_qualifies_is_of_its_state(text, name, language, state):
    assert country(text, name, language) == state


def test_the_host_who_receives_the_delegation_keeps_the_home_side():
    text = (
        "El canciller Luis Prado recibió en Lima a una delegación boliviana encabezada por el ministro de "
        "Hidrocarburos, Mario Quiroga. Perú y Bolivia firmaron un acuerdo de gas."
    )
    assert country(text, "Luis Prado", "es") == "PER"
