"""English "commercial" is trade before a head of commerce between sides ("commercial ties", "the commercial attaché");
before another head it is the for-profit kind of a thing ("commercial lenders", "a commercial contract") and alone a
motive ("its interest is commercial"): no trade. Spanish, French and Portuguese keep their own reading. Battery of own
sentences, every region."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {hit.sector for hit in extract_sectors(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vietnam and Chile agreed to deepen their commercial ties at the joint commission.", "en"),
        ("The two presidents discussed commercial and economic relations between Ghana and Turkey.", "en"),
        ("Peru's commercial attaché in Seoul said the office would open in March.", "en"),
        ("Kazakhstan and Azerbaijan signed a commercial agreement on Tuesday.", "en"),
        ("Both sides want to settle their commercial disputes before the summit in Nairobi.", "en"),
        ("Egypt and Sudan agreed to expand commercial exchanges across the Argeen crossing.", "en"),
        ("The commercial counsellor of the Indian embassy in Dhaka met exporters on Monday.", "en"),
        ("Brazil is Angola's largest commercial partner in Latin America, the minister said.", "en"),
        ("Sri Lanka and Thailand agreed to cut the commercial deficit with new talks.", "en"),
        ("Les relations commerciales entre le Maroc et la Côte d'Ivoire ont progressé.", "fr"),
        ("El intercambio comercial entre Paraguay y Bolivia creció en 2019.", "es"),
        ("O acordo comercial entre Moçambique e o Malawi foi assinado em Lilongwe.", "pt"),
    ],
)
def test_commercial_before_a_head_of_commerce_is_trade(text, language):
    assert "trade" in _sectors(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The $2 billion debt is provided by JBIC, the Korea Exim Bank and commercial lenders.",
        "The petitioners came to court after the commercial contract was signed with the Chinese builder in 2013.",
        "Statoil's interest in the Polish fields is commercial, the minister said.",
        "The Baku-Tbilisi-Kars line moved closer to commercial service on Tuesday, the two sides said.",
        "Uganda signed a $300 million loan with Exim Bank of China on commercial terms.",
        "The refinery in Lobito will reach commercial production in 2027, Sonangol said.",
        "The satellite, built with Indian help, carries a commercial payload for Mauritius.",
        "Nigeria's new airport will be built on a commercial basis by the two companies.",
    ],
)
def test_commercial_as_the_for_profit_kind_of_a_thing_is_no_trade(text):
    assert "trade" not in _sectors(text)
