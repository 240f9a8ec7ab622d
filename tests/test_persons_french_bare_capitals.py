"""French often writes capitals without their accents (`secrétaire d'Etat`, `chef de l'Etat`, as wires print them):
an office so written introduces its holder as the accented one does. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.role, a.country) for a in extract_actors(text, language="fr") if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "L'accord a été signé à Niamey par le secrétaire d'Etat français à la Coopération, Julien Marceau.",
            "Julien Marceau",
            "secrétaire d'Etat",
            "FRA",
        ),
        (
            "Le secrétaire d’Etat belge au Commerce extérieur, Pieter De Smet, est arrivé à Kinshasa.",
            "Pieter De Smet",
            "secrétaire d’Etat",
            "BEL",
        ),
        (
            "Le chef de l'Etat ivoirien, Alassane Kouadio, a reçu le président ghanéen.",
            "Alassane Kouadio",
            "chef de l'Etat",
            "CIV",
        ),
        (
            "Le chef de l'Etat béninois Patrice Talon Houngbo a signé le décret.",
            "Patrice Talon Houngbo",
            "chef de l'Etat",
            "BEN",
        ),
        # the accented forms still introduce their holders
        (
            "Le secrétaire d'État français au Commerce extérieur, Julien Marceau, est arrivé à Dakar.",
            "Julien Marceau",
            "secrétaire d'État",
            "FRA",
        ),
    ],
)
def test_an_office_with_bare_capitals(text, name, role, country):
    assert persons(text)[name] == (role, country)


def test_a_state_named_in_passing_introduces_no_one():
    assert persons("Les entreprises d'Etat, Total Energies et Orano, ont signé des contrats.") == {}
