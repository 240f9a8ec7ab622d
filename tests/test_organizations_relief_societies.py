"""National relief societies named by the movement's emblem after their state, in English, Spanish, French and
Portuguese. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Canadian Red Cross sent aid to the flooded towns.", "Canadian Red Cross", "CAN"),
        ("The Pakistan Red Crescent set up camps near Sukkur.", "Pakistan Red Crescent", "PAK"),
        ("The Philippine Red Cross said 40 people were missing.", "Philippine Red Cross", "PHL"),
        ("The Qatar Red Crescent funded a hospital in Mogadishu.", "Qatar Red Crescent", "QAT"),
        ("The Indonesian Red Cross deployed teams to Sulawesi.", "Indonesian Red Cross", "IDN"),
        ("The Kazakh Red Crescent sent supplies to Afghanistan.", "Kazakh Red Crescent", "KAZ"),
        ("The Egyptian Red Crescent coordinated the convoy at Rafah.", "Egyptian Red Crescent", "EGY"),
    ],
)
def test_a_state_and_the_emblem_name_its_society(text, name, country):
    found = organizations(text)
    assert name in found
    assert found[name].country == country


def test_the_emblem_alone_names_the_movement_s_body():
    assert "Red Cross" in organizations("The Red Cross said the convoy reached the town.")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La Cruz Roja Mexicana envió víveres a Acapulco.", "es", "Cruz Roja Mexicana"),
        ("Le Croissant-Rouge marocain a distribué des couvertures.", "fr", "Croissant-Rouge marocain"),
        ("A Cruz Vermelha Portuguesa apoiou os refugiados.", "pt", "Cruz Vermelha Portuguesa"),
    ],
)
def test_the_emblem_and_a_demonym_in_spanish_french_and_portuguese(text, language, name):
    assert name in organizations(text, language)
