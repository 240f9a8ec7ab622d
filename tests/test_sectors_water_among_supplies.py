"""Water listed among supplies handed out or shipped ("60 tonnes of food, water and building materials", "abrigos e
água") and water sold as a drink ("mineral water") are goods, no water resource: no environment. Water supply, water
resources and water works stay environment. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("HMNZS Aotearoa arrived off Tongatapu with 80 tonnes of food, water and building materials.", "en"),
        ("The Red Crescent is helping 12,000 families in Sindh with shelter kits, safe water and cash grants.", "en"),
        ("The Indian Navy ship provided water and medical care to the people of Male for three days.", "en"),
        ("Riyadh promised to pay for fuel, water and transport for the troops in the desert.", "en"),
        ("Peru banned imports of Chilean wine and mineral water after the dispute.", "en"),
        ("La Unión Europea financió 3 millones de euros para alimentos y agua en Turkana.", "es"),
        ("Le Maroc a envoyé des tentes, de la nourriture et de l'eau aux sinistrés du Mali.", "fr"),
        ("A União Europeia financiou 2 milhões de euros para abrigos e água em Cabo Delgado.", "pt"),
    ],
)
def test_water_among_supplies_is_no_environment(text: str, language: str) -> None:
    assert "environment" not in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan will fund a $40 million water supply project for three towns in Malawi.", "en"),
        ("The two countries agreed to cooperate on water resources of the Amu Darya.", "en"),
        ("The grant will pay for water and sanitation in rural Ghana, the minister said.", "en"),
        ("Kuwait will finance roads, schools and water projects in Sudan worth $300 million.", "en"),
        ("España y Marruecos firmaron un acuerdo sobre gestión del agua y recursos hídricos.", "es"),
        ("La France financera l'accès à l'eau potable dans dix villes du Niger.", "fr"),
    ],
)
def test_water_as_a_resource_or_supply_stays_environment(text: str, language: str) -> None:
    assert "environment" in _sectors(text, language)
