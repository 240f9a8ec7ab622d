"""A power plant, a power station, a solar park or a wind farm that is built, rehabilitated or paid for is energy
only (the spec lists power plants under energy, and most writers read a plant built so); a bridge, a transmission
line or an airport that is built stays construction, so infrastructure. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Korean utility will help build a gas-fired power plant near Basra under the deal.", "en"),
        ("The Sengwa power station, to be built by a Chinese firm, will add 2,800 megawatts.", "en"),
        ("Ambos gobiernos acordaron construir dos centrales hidroeléctricas en el río Madeira.", "es"),
        ("La Chine aidera la Guinée à construire la centrale électrique de Souapiti.", "fr"),
    ],
)
def test_a_power_plant_built_is_energy_only(text: str, language: str) -> None:
    sectors = sectors_of(text, language)
    assert "energy" in sectors and "infrastructure" not in sectors


@pytest.mark.parametrize(
    "text",
    [
        "The two governments agreed to build a bridge over the Amu Darya.",
        "China will build a 400-kilometre transmission line to the border under the agreement.",
    ],
)
def test_other_works_built_stay_infrastructure(text: str) -> None:
    assert "infrastructure" in sectors_of(text)
