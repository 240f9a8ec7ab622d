"""Sanitation listed among other public works that a credit or a budget pays for ("a credit line for housing, sewerage
and IT projects", "obras de saneamento e escolas") is one more kind of civil works, no work on the environment;
sanitation on its own, or beside another environmental field, is (the sewers of a city, "l'assainissement et les
énergies renouvelables"). Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Seoul's $300 million credit line will pay for housing, sewerage and IT projects in Tashkent.",
            "en",
        ),
        ("The loan agreement signed on Monday covers schools, sanitation and rural roads in three provinces.", "en"),
        ("El crédito de 200 millones de dólares financiará viviendas, alcantarillado y escuelas, acordaron.", "es"),
        ("La ligne de crédit de 150 millions d'euros financera des logements, l'assainissement et des routes.", "fr"),
        ("A linha de crédito de 500 milhões de dólares vai financiar obras de saneamento e escolas.", "pt"),
        ("Os desembolsos foram sobretudo para estradas, saneamento e habitação, executados por construtoras.", "pt"),
    ],
)
def test_sanitation_among_works_is_no_environment(text: str, language: str) -> None:
    assert "environment" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The bank signed a $90 million loan for the sewerage network of Mombasa on Tuesday.", "en"),
        (
            "France will lend 60 million euros for sanitation and wastewater treatment in Dakar, both sides agreed.",
            "en",
        ),
        ("Les deux parties ont évoqué 80 millions d'euros pour l'assainissement et les énergies renouvelables.", "fr"),
        ("O acordo assinado prevê 300 milhões de dólares para saneamento em Luanda.", "pt"),
    ],
)
def test_sanitation_on_its_own_is_environment(text: str, language: str) -> None:
    assert "environment" in sectors_of(text, language)
