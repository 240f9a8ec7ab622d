"""A warship's or a ship's noun right before a capitalised name (`the destroyer NAME`, `the helicopter carrier
NAME`, `la frégate NAME`, `el buque NAME`) makes the name a ship's, no body's; `carrier` alone does so only before a
naval rank (`the carrier Admiral NAME`): `the national carrier NAME` is an airline. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "ship"),
    [
        ("The destroyer Kirisame docked in Manila on Friday for a three-day visit.", "en", "Kirisame"),
        ("The helicopter carrier Hyuga and two escorts sailed into Subic Bay.", "en", "Hyuga"),
        ("India paid for the refit of the carrier Admiral Lebedev, officials said.", "en", "Admiral Lebedev"),
        ("The frigate Almirante Brown escorted the convoy through the strait.", "en", "Almirante Brown"),
        ("La frégate Aconit a fait escale à Dakar lundi.", "fr", "Aconit"),
        ("El buque Cabo Frío llegó a Valparaíso con ayuda humanitaria.", "es", "Cabo Frío"),
    ],
)
def test_a_ship_is_no_body(text, language, ship):
    assert ship not in organizations(text, language)


def test_a_national_carrier_is_an_airline():
    assert "Sky Falcon Airways" in organizations("The national carrier Sky Falcon Airways will fly to Multan.")
