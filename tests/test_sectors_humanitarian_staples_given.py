"""Staple food that one side gives another, donated, handed out or handed over ("donated 30,000 tonnes of wheat",
"doará arroz e feijão", "a distribué de la farine"), is relief: humanitarian, whatever the article says around it.
Staples sold, offered at a price or sown (seed handed to farmers) are no relief. Every sentence was written for these
tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japan has donated 12,000 tonnes of rice to Laos, the embassy in Vientiane said on Friday.", "en"),
        ("BEIJING TO DONATE 50,000 TONNES OF WHEAT TO KABUL - SOURCES", "en"),
        ("Volunteers distributed flour, lentils and cooking oil to 3,000 families in Idlib this week.", "en"),
        ("Seoul handed over 20,000 sacks of rice to Pyongyang at the border crossing on Monday.", "en"),
        ("El Gobierno de Vietnam donó 5.000 toneladas de arroz a Cuba, informó la cancillería.", "es"),
        ("La Turquie a donné 10 000 tonnes de farine au Niger, selon l'ambassade à Niamey.", "fr"),
        ("O Brasil doará 30 mil toneladas de arroz e feijão a Moçambique, anunciou o Itamaraty.", "pt"),
        ("A Índia doou 1.000 toneladas de trigo ao Afeganistão em março.", "pt"),
    ],
)
def test_staples_given_are_humanitarian(text: str, language: str) -> None:
    assert "humanitarian" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exporters offered milling wheat at $270 a tonne this week, up from $255 a month earlier.", "en"),
        ("The ministry distributed rice seed to 4,000 farmers ahead of the planting season.", "en"),
        ("Egypt bought 240,000 tonnes of Russian wheat at a tender on Tuesday.", "en"),
        ("La empresa distribuye arroz y azúcar en todo el país desde 1990.", "es"),
    ],
)
def test_staples_sold_or_sown_are_no_relief(text: str, language: str) -> None:
    assert "humanitarian" not in sectors_of(text, language)
