"""A publication's head line above the story's headline, with or without the day under it: a newsletter's name and
what it is in lower case after a dash (`Asia Infrastructure Investor — weekly note to subscribers`, `La Lettre du
Sahel - note hebdomadaire aux abonnés`), a paper's name and its edition (`DEFENCE MONITOR - Asia-Pacific edition`), a
body's bulletin and its number (`BUSINESS COUNCIL — MEMBERS' BULLETIN No. 19 (November 2005)`, `Chambre de commerce —
Bulletin n° 31`), an outlet's name and its sections (`1TV Georgia — News — Politics`, `Embassy of Nepal, New Delhi —
News & Events`). None is the headline (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINES = [
    "RWANDA ORDERS TWO CARGO PLANES FROM A BRAZILIAN MAKER",
    "Port deal: what the new tariff means for shippers",
    "Kenya and Uganda agree to extend the oil pipeline",
]
DAYS = ["", "\n11 August 2017", "\n10/06/2022"]

HEADS = [
    "Asia Infrastructure Investor — weekly note to subscribers",
    "Gulf Energy Brief - fortnightly letter to members",
    "Andean Mining Watch — notes for our clients",
    "Sahel Security Digest – a weekly briefing for readers",
    "Pacific Trade Letter — monthly update for members",
    "Boletín Andino — nota semanal para suscriptores",
    "La Lettre du Sahel - note hebdomadaire aux abonnés",
    "Carta Lusófona — nota semanal aos assinantes",
    "DEFENCE PROCUREMENT MONITOR - Asia-Pacific edition",
    "AFRICA ENERGY WIRE — West Africa edition",
    "Caribbean Business Report | Weekend edition",
    "El Observador Andino - edición internacional",
    "Le Courrier du Golfe — édition du soir",
    "KOREA-UZBEKISTAN BUSINESS COUNCIL — MEMBERS' BULLETIN No. 19 (November 2005)",
    "NORDIC-BALTIC CHAMBER — Members' Newsletter No. 7",
    "Kenya Tea Growers Association - Bulletin No. 14",
    "Cámara Hispano-Marroquí — Boletín n.º 22 (marzo 2014)",
    "Chambre de commerce franco-ivoirienne — Bulletin n° 31",
    "ASIA INFRASTRUCTURE WEEKLY — Issue 48/2022",
    "1TV Georgia — News — Politics",
    "Embassy of Nepal, New Delhi — News & Events",
    "Radio Dodoma — News — Business",
    "Embassy of Peru in Canberra — Press & Media",
]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("head", HEADS)
def test_the_headline_under_a_publication_head(head, day, headline):
    assert extract_metadata(f"{head}{day}\n\n{headline}\n\n{BODY}").title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Kenya votes — notes from a long count",
        "NATION SIGNS WATER DEAL WITH PERU - Business",
        "Andes Rail Link to Open in May — Officials",
        "La lettre de la Chambre - octobre 2014",
    ],
)
def test_a_headline_of_a_like_shape_stays_the_title(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}").title == headline
