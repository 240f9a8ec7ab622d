"""Tourism in the words travel is counted and sold by: visitor arrivals, travel receipts, travel agencies, and the
Spanish and Portuguese adjective 'turístico', whose accent the 'turis*' cue does not reach. Arrivals of migrants or
refugees and an airport's arrivals hall are no tourism. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Arrivals from Kazakhstan rose 22 percent in the first half, the Georgian statistics office said.", "en"),
        ("Chinese arrivals in Fiji reached 49,000 last year, and both sides agreed to add flights.", "en"),
        ("Ambos gobiernos firmaron un acuerdo para promover el intercambio turístico entre Quito y La Habana.", "es"),
        ("Os ministros assinaram um acordo para ampliar a oferta turística entre Cabo Verde e Portugal.", "pt"),
        ("Una agencia de viajes de Montevideo ya vende paquetes a Florianópolis tras el acuerdo.", "es"),
        ("Les recettes de voyages de la Tunisie ont augmenté de 12 % sur un an, selon la banque centrale.", "fr"),
        ("As agências de viagens de Luanda venderam 3.000 pacotes para o Rio de Janeiro no verão.", "pt"),
        ("Travel receipts from Gulf visitors rose to $2.1 billion, the central bank of Jordan reported.", "en"),
    ],
)
def test_travel_counted_and_sold_is_tourism(text: str, language: str) -> None:
    assert "tourism" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Migrant arrivals on the Canary Islands rose in May, the interior ministers said.",
        "The delegation was welcomed in the arrivals hall of Kotoka airport before the trade talks.",
        "New arrivals at the ministry include two deputy directors, the minister said.",
    ],
)
def test_arrivals_of_migrants_and_halls_are_no_tourism(text: str) -> None:
    assert "tourism" not in sectors_of(text)
