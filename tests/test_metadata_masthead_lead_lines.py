"""A page's first line shaped like a `CITY -` lead but short, with no stop at its end and nothing running on from it,
is a paper's name in capitals with its slogan, or a section's with its place and day (`THE ATACAMA MINER - Weekly for
copper producers`, `CHRONIQUE MONDAINE — Dakar, le 3 mai 2012`): the headline under it is the title. The body's first
sentence after a place in capitals stays the body's start (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

HEADLINE = "Copper exporters win a year of lower port fees"


@pytest.mark.parametrize(
    ("masthead", "language"),
    [
        ("THE ATACAMA MINER - Weekly for copper and lithium producers", "en"),
        ("EL CORREO AUSTRAL - Diario independiente de la Patagonia", "es"),
        ("CHRONIQUE MONDAINE — Dakar, le 3 mai 2012", "fr"),
        ("O ECO DO PLANALTO — Semanário regional de Goiás", "pt"),
    ],
)
def test_a_mastheads_line_over_the_headline_gives_way_to_it(masthead, language):
    text = f"{masthead}\n\n{HEADLINE}\n\n{STORY_BODIES[language]}"
    assert extract_metadata(text).title == HEADLINE


def test_a_mastheads_line_over_a_menu_and_a_headline_gives_way_to_it():
    text = (
        "THE ATACAMA MINER - Weekly for copper and lithium producers\nMarkets | Machinery | Weather\n\n"
        f"{HEADLINE}\nBy our Antofagasta correspondent | 14.03.2011\n\n{STORY_BODIES['en']}"
    )
    assert extract_metadata(text).title == HEADLINE


@pytest.mark.parametrize(
    "lead",
    [
        "LIMA - Peru and Chile agreed on Tuesday to reopen talks on water rights, officials said.",
        "LIMA - Peru and Chile agreed on Tuesday to\nreopen talks on water rights, officials said.",
    ],
)
def test_the_bodys_first_sentence_after_a_place_stays_the_body(lead):
    text = f"{lead}\n\n{HEADLINE}\n\n{STORY_BODIES['en']}"
    assert extract_metadata(text).title is None


def test_a_chambers_letterhead_over_its_records_label_gives_no_headline():
    text = (
        "PARLIAMENT OF THE REPUBLIC OF GHANA — 8th session\n"
        "Stenographic record, 14th sitting (3 May 2012) — excerpt\n\n"
        "Mr Speaker: The question is put by the Member for Accra Central. Please proceed.\n"
    )
    assert extract_metadata(text).title is None
