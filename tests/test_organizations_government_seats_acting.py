"""Seats of government as the bodies that sit there: when they act or speak (more verbs, in four languages), when
their staff are named after them ("NAME spokesman"), and seats several states' presses share ("State House",
"the Presidency"). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("State House said the president would travel to Beijing.", "State House"),
        ("The Casa Rosada denied the report.", "Casa Rosada"),
        ("The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay"),
        ("The Presidency said the president would visit Paris.", "Presidency"),
        ("The Pentagon estimates the operation costs $1 billion a month.", "Pentagon"),
    ],
)
def test_a_seat_that_acts_is_a_body(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("White House spokesman John Kirby said the deal was close.", "White House"),
        ("State House spokesperson Hussein Mohamed said the visit was a success.", "State House"),
        ("Kremlin press secretary Dmitry Peskov declined to comment.", "Kremlin"),
    ],
)
def test_a_seat_named_by_its_staff_is_a_body(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La Casa Rosada confirmó la visita del canciller chino.", "es", "Casa Rosada"),
        ("El Palacio de Nariño anunció el acuerdo.", "es", "Palacio de Nariño"),
        ("O Itamaraty convocou o embaixador.", "pt", "Itamaraty"),
        ("L'Élysée a annoncé la visite du président chinois.", "fr", "Élysée"),
    ],
)
def test_a_seat_that_acts_in_spanish_portuguese_and_french(text, language, name):
    assert name in organizations(text, language)


def test_a_seat_as_a_place_is_no_body():
    assert "Akorda" not in organizations("The two leaders met at the Akorda residence on Monday.")
