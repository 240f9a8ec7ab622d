"""Cue words used in another sense name no sector: an oil licence "farm-in" is no farming, a "business climate" or
"political climate" no climate change, a firm that will "weather the" slump no weather, "honores militares" a
ceremony, "defensa ribereña" flood works on a river bank, the "trade season" of the winds and a market's "early
trade" no commerce between states, oil "recherche"/"pesquisa" exploration no science, and a port's or a freight
"tariff" a price for a service, no customs duty. The same cue in its own sense still counts. Every sentence was
written for these tests, with names and places from every region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, absent",
    [
        (
            "Tullow Oil signed a farm-in agreement with the Ghana National Petroleum Corporation for a block.",
            "en",
            "agriculture",
        ),
        ("Petronas agreed a farm-in to two offshore blocks operated by PTTEP off Myanmar.", "en", "agriculture"),
        ("Santos completed the farm-out of a 25% interest in the Dorado field to Carnarvon.", "en", "agriculture"),
        ("Pan Andean Resources signed a farmout agreement with YPF for the Neuquén licence.", "en", "agriculture"),
        (
            "Chilean and Peruvian exporters said the business climate in Lima had improved this year.",
            "en",
            "environment",
        ),
        ("Diplomats in Nairobi described the political climate before the vote as tense.", "en", "environment"),
        ("La cámara hispano-marroquí destacó la mejora del clima de negocios en Tánger.", "es", "environment"),
        ("Los empresarios uruguayos alabaron el clima empresarial de Montevideo.", "es", "environment"),
        ("Le patronat ivoirien a salué l'amélioration du climat des affaires à Abidjan.", "fr", "environment"),
        ("Os exportadores angolanos elogiaram o clima de negócios em Luanda.", "pt", "environment"),
        (
            "The Danish shipping group said its cash would help it weather the slump in charter rates.",
            "en",
            "environment",
        ),
        ("Kiribati's fishing fleet weathered the downturn, the Tarawa office said.", "en", "environment"),
        ("La presidenta recibió a su homólogo paraguayo con honores militares en la Casa Rosada.", "es", "defence"),
        ("El BID aprobó 300 millones para obras de defensa ribereña en el río Paraguay.", "es", "defence"),
        ("The revetment works are timed for the south-east trade season, from May to October.", "en", "trade"),
        ("The trade winds will slow the dredging off Funafuti, the contractor said.", "en", "trade"),
        ("The Nikkei rose 1.2 percent in early trade in Tokyo as the yen weakened.", "en", "trade"),
        ("The rupee was steady in late trade in Mumbai after the central bank's decision.", "en", "trade"),
        ("Trading resumed on the Amman exchange after the holiday, the bourse said.", "en", "trade"),
        (
            "Petrosen et Kosmos ont signé un avenant au contrat de recherche du bloc offshore.",
            "fr",
            "science_technology",
        ),
        (
            "Le ministère a attribué un permis de recherche pour l'or dans la région de Kédougou.",
            "fr",
            "science_technology",
        ),
        (
            "A Sonangol e a Petrobras assinaram um contrato para a pesquisa de petróleo no Bloco 27.",
            "pt",
            "science_technology",
        ),
        ("A Total obteve uma licença de pesquisa no norte de Moçambique.", "pt", "science_technology"),
        ("Feeder lines agreed to accept diversions at the standard port tariff in Colombo.", "en", "trade"),
        (
            "The contractor in Kenya earns a freight tariff of eight cents per tonne-kilometre on the line.",
            "en",
            "trade",
        ),
        ("Azerbaijan and Georgia agreed on transit tariffs for container freight on the railway.", "en", "trade"),
        ("A autoridade do porto de Santos reviu as tarifas portuárias para os navios de cruzeiro.", "pt", "trade"),
    ],
)
def test_a_cue_in_another_sense_names_no_sector(text: str, language: str, absent: str) -> None:
    assert absent not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Japan and Vietnam agreed to improve the investment climate for Japanese firms in Hanoi.", "en", "investment"),
        ("Colombia y España acordaron mejorar el clima de inversión para las empresas españolas.", "es", "investment"),
        ("La France et le Maroc veulent renforcer le climat d'investissement à Casablanca.", "fr", "investment"),
        ("A Sonangol e a Petrobras assinaram um acordo para a pesquisa de petróleo em Angola.", "pt", "energy"),
        ("Le Sénégal et la Mauritanie ont signé un accord sur la recherche pétrolière offshore.", "fr", "energy"),
        ("Fiji and New Zealand agreed to cooperate on climate change and rising seas.", "en", "environment"),
        ("India and Oman agreed to expand trade in farm goods, which reached $9 billion.", "en", "trade"),
        ("Kenya and Uganda agreed to cut tariffs on sugar and rice traded across the border.", "en", "trade"),
        ("Germany will feed its investment in Kenya's feed-in tariff programme for wind farms.", "en", "energy"),
        ("Farmers in Punjab and Sindh will receive seeds under the new agriculture agreement.", "en", "agriculture"),
    ],
)
def test_the_same_cue_in_its_own_sense_still_counts(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)
