"""A state's embassy or consulate named in Spanish, French or Portuguese, on sentences written for these tests: the
name holds the state or the city it serves in (`en`, `em`, `au`, `à`), a consulate general's compound head is one
head, and the mission is the state's named before where it serves, not the host's."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        (
            "El Consulado General de Colombia en Miami amplió su horario de atención.",
            "es",
            "Consulado General de Colombia en Miami",
            "COL",
        ),
        (
            "La Embajada de Chile en Argentina informó sobre el acuerdo minero.",
            "es",
            "Embajada de Chile en Argentina",
            "CHL",
        ),
        (
            "O Consulado-Geral do Brasil em Lisboa vai abrir também ao sábado.",
            "pt",
            "Consulado-Geral do Brasil em Lisboa",
            "BRA",
        ),
        (
            "A Embaixada de Moçambique em Pretória recebeu os empresários.",
            "pt",
            "Embaixada de Moçambique em Pretória",
            "MOZ",
        ),
        (
            "Le Consulat général du Maroc à Montréal a ouvert ses portes samedi.",
            "fr",
            "Consulat général du Maroc à Montréal",
            "MAR",
        ),
        ("L'Ambassade de France au Japon a organisé une réception.", "fr", "Ambassade de France au Japon", "FRA"),
    ],
)
def test_a_mission_keeps_where_it_serves_and_is_its_senders(text, language, name, country):
    assert organizations(text, language).get(name, "missing") == country


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # `à` after a verb is the sentence's: the mission's name ended before it
        ("L'Ambassade de France a remis à Dakar un don de matériel médical.", "fr", "Ambassade de France"),
        # a body's mission (no state's) keeps a state it serves in, not a city
        (
            "La Misión de Verificación de la ONU en Bogotá presentó su informe.",
            "es",
            "Misión de Verificación de la ONU",
        ),
    ],
)
def test_a_place_that_is_no_missions_stays_out_of_its_name(text, language, name):
    assert name in organizations(text, language)


def test_a_visit_to_a_state_is_no_missions_place():
    text = "A Missão empresarial de Boric à Índia terminou ontem em Nova Deli."
    assert not any("Índia" in name for name in organizations(text, "pt"))
