"""The other links of a network are works too when the text builds, upgrades or pays for them: runways, berths,
pumping stations, canals and aqueducts, power grids and distribution lines, desalination and treatment plants. That
is construction, so infrastructure, in every language the rules read. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Fiji's airports company will resurface the runway at Labasa with a grant from Wellington.", "en"),
        ("The Kuwaiti fund agreed a loan for two new berths at the port of Mombasa, the treasury said.", "en"),
        ("Engineers completed the upgrade of the Kathmandu pumping station before the monsoon.", "en"),
        ("The utility will upgrade 3,000 kilometres of distribution lines in Chiapas by 2027.", "en"),
        ("Tbilisi signed a credit to extend the national grid to mountain villages in Svaneti.", "en"),
        ("The canal expansion, paid for with bonds sold to citizens, doubled the waterway's traffic.", "en"),
        ("El préstamo financiará la ampliación de acueductos en cuatro municipios de Boyacá.", "es"),
        ("Paraguay construirá una nueva pista de aterrizaje en el aeródromo de Pedro Juan Caballero.", "es"),
        ("Le projet prévoit la construction d'une usine de dessalement près de Nouakchott.", "fr"),
        ("A Caixa vai financiar a construção de estações de tratamento de esgoto em Maputo.", "pt"),
    ],
)
def test_network_works_built_upgraded_or_paid_for_are_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        # the works named without any building, upgrading or paying is no construction
        ("The plane skidded off the runway in heavy rain, and no one was hurt.", "en"),
        ("Tourists crowd the canal banks of Aveiro every summer weekend.", "en"),
        ("The ministers toured the grid operator's control room and spoke of regional trade.", "en"),
        ("Los pasajeros esperaron dos horas en el muelle por el mal tiempo.", "es"),
    ],
)
def test_network_works_named_in_passing_are_no_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" not in sectors_of(text, language)
