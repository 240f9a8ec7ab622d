"""An airline named "... Airways" is a company at work in transport, as one named "... Airlines" is, in every language
("la commande par Fiji Airways de quatre Airbus"); French roads built or paid for ("des routes rurales" that a loan
finances) are works, so infrastructure, as roads, carreteras and estradas are. Every sentence was written for these
tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Gulf Airways signed an order for twelve Boeing jets worth $3 billion during the visit.", "en"),
        ("La commande par Fiji Airways de quatre Airbus a été signée lors de la visite.", "fr"),
        ("El pedido de Oman Airways de diez aviones Airbus se firmó durante la visita.", "es"),
    ],
)
def test_an_airline_named_airways_is_at_work_in_transport(text, language):
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Le nouveau contrat financera des écoles et des routes rurales dans le nord du pays.",
        "Le prêt de la Banque servira à réhabiliter les routes de la région de Kayes.",
    ],
)
def test_french_roads_paid_for_or_rebuilt_are_infrastructure(text):
    assert "infrastructure" in sectors_of(text, "fr")
