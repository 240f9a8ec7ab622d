"""Telecoms named by their technology (4G and LTE services, spectrum in a frequency band, GHz and MHz bands, roaming,
mobile internet and towers; es/fr/pt: espectro radioeléctrico, bande de fréquences, internet móvel) are science and
technology, and border crossings modernised or opened are transport routes (paso fronterizo, poste frontière, posto
fronteiriço); crossings made unlawfully are security. Every sentence was written for these tests, with names and
places from every region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The Bangladeshi regulator assigned additional spectrum in the 1800 MHz band to the operator.",
            "en",
        ),
        ("Armenia and Georgia agreed to coordinate the 3.5 GHz band along their border.", "en"),
        ("Yerevan and Tbilisi agreed to cap roaming prices for travellers between the two countries.", "en"),
        ("Safaricom and Ethio Telecom will roll out 4G services in all regional towns by December.", "en"),
        ("The Korean operator will build LTE networks in Mongolia's western provinces.", "en"),
        ("China will help Laos expand mobile internet and build 300 mobile towers in the north.", "en"),
        ("The spectrum auction in Ghana drew bids from South African and French operators.", "en"),
        ("Chile y Argentina acordaron armonizar el espectro radioeléctrico en la frontera.", "es"),
        ("El Salvador y Guatemala firmaron un convenio para eliminar el roaming entre ambos países.", "es"),
        ("Le Maroc et la Mauritanie ont signé un accord sur les bandes de fréquences à la frontière.", "fr"),
        ("Le Sénégal veut étendre l'internet mobile aux villages avec l'appui de la Chine.", "fr"),
        ("Angola e Namíbia acordaram partilhar faixas de frequência na fronteira.", "pt"),
        ("Moçambique e a Índia assinaram um acordo para levar internet móvel às zonas rurais.", "pt"),
    ],
)
def test_telecoms_named_by_their_technology_are_science_and_technology(text: str, language: str) -> None:
    assert "science_technology" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The EU will fund the modernisation of border crossings between Ukraine and Moldova.", "en"),
        ("Poland and Belarus agreed to open two new border crossings for lorries by 2012.", "en"),
        ("Mexico and the United States pledged to upgrade the busiest border crossings in Texas.", "en"),
        ("La CAF desembolsó 12 millones de dólares para los pasos fronterizos entre Bolivia y Perú.", "es"),
        ("Le Niger et le Bénin vont moderniser le poste frontière de Malanville avec la BAD.", "fr"),
        ("Moçambique e o Malawi vão reabilitar o posto fronteiriço de Mwanza com um crédito do BAD.", "pt"),
    ],
)
def test_border_crossings_built_or_opened_are_transport(text: str, language: str) -> None:
    assert "transport" in sectors_of(text, language)


def test_unlawful_border_crossings_are_security() -> None:
    found = sectors_of("Turkey and Greece agreed to work together against illegal border crossings on the Evros river.")
    assert "security" in found and "transport" not in found
