"""Goods made in series, at a production base, or production localised or started is manufacturing, which is
industry, though no word of industry says so: "asked German firms to localise production", "a strategic production
base for chip components", "the plant will start production in the fourth quarter", "la producción en serie de
autobuses", "localiser la production", "a produção em série de tratores". Every sentence was written for these
tests, with names and places from every region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Uzbekistan's minister asked Korean carmakers to localise production in the Andijan region.", "en"),
        ("Ethiopia wants Turkish textile firms to localize production near Hawassa, the envoy said.", "en"),
        ("Samsung promised to make Vietnam a strategic production base for phone components.", "en"),
        ("The Bangladeshi and Japanese partners said the plant would start production in 2026.", "en"),
        ("The Polish and Korean firms agreed that series production of the howitzer chassis begins next year.", "en"),
        ("Serial production of the buses in Kazan will begin after the Belarusian partner signs.", "en"),
        ("The two companies began production of tractors in Nakuru under the Indian licence.", "en"),
        ("Mass production of the electric scooters will begin in Jakarta under the Taiwanese deal.", "en"),
        ("Egypt and China signed a deal for joint production of metro cars in the Suez zone.", "en"),
        ("Marcopolo y Mercedes acordaron la producción en serie de autobuses en Córdoba.", "es"),
        ("El ministro pidió a las empresas chinas localizar la producción en Querétaro.", "es"),
        ("Le ministre a invité les équipementiers marocains à localiser la production à Kénitra.", "fr"),
        ("Renault et le Maroc veulent faire de Tanger une base de production pour l'Afrique.", "fr"),
        ("A Embraer e o parceiro indiano preveem a produção em série do avião em Bangalore.", "pt"),
        ("Angola quer que as empresas portuguesas localizem a produção em Luanda.", "pt"),
    ],
)
def test_goods_made_are_industry(text: str, language: str) -> None:
    assert "industry" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The economist said production of ideas matters more than anything else.",
        "Output at the Ghanaian gold mine rose as the two firms expanded their partnership.",
    ],
)
def test_production_of_no_goods_is_no_industry(text: str) -> None:
    assert "industry" not in sectors_of(text)
