"""A state's customs named by its demonym in Spanish, French and Portuguese, on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


@pytest.mark.parametrize(
    ("text", "language", "name", "country"),
    [
        ("Selon les douanes marocaines, les importations ont reculé.", "fr", "douanes marocaines", "MAR"),
        ("Les Douanes tunisiennes ont saisi la cargaison.", "fr", "Douanes tunisiennes", "TUN"),
        ("Según las aduanas chilenas, el cobre lideró las ventas.", "es", "aduanas chilenas", "CHL"),
        ("Os dados da Alfândega angolana mostram uma queda.", "pt", "Alfândega angolana", "AGO"),
    ],
)
def test_customs_and_a_demonym_name_the_states_customs(text, language, name, country):
    found = [(a.name, a.country) for a in extract_actors(text, language=language) if a.actor_type == "organization"]
    assert (name, country) in found


def test_customs_without_a_demonym_name_nothing():
    text = "Les douanes ont saisi la cargaison au port."
    assert not [a for a in extract_actors(text, language="fr") if a.actor_type == "organization"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O BNDES vai financiar a nova linha de transmissão.", "pt"),
        ("The credit line will be opened by Brazil's BNDES next year.", "en"),
    ],
)
def test_brazils_development_bank_is_known_by_its_acronym(text, language):
    found = {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}
    assert found.get("BNDES") == "BRA"
