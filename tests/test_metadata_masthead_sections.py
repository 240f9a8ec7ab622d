"""A paper's name with the sections it prints after a spaced dash or a bar (`THE HARBOUR LEDGER — Business`, `CITY
POST ONLINE - Politics, Economy, Sport`) is no headline: the story's headline under it is; a section's name before
a bar (`Sports | ...`) is no part of the headline, nor is a kicker before a bar (`OPINION | ...`) on a line of the page
(pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

STORY = STORY_BODIES["en"]
HEADLINE = "Chile and Peru reopen talks on water rights"


@pytest.mark.parametrize(
    "masthead",
    [
        "THE HALIFAX LEDGER — Business",
        "MOMBASA POST ONLINE - Politics, Economy, Sport",
        "EL DIARIO DE CUZCO | Economía | Regiones",
        "LE QUOTIDIEN DE LOMÉ — Économie",
        "The Manila Times — Business | World",
        "JORNAL DE BENGUELA - Economia, Desporto",
    ],
)
def test_a_papers_name_and_sections_give_way_to_the_headline_under_them(masthead):
    text = f"{masthead}\nMonday, 3 May 2004\n\n{HEADLINE}\n\n{STORY}"
    assert extract_metadata(text).title == HEADLINE


@pytest.mark.parametrize("section", ["Sports", "Business", "World News", "Economía", "Régions", "OPINION", "LIVE"])
def test_a_sections_name_before_a_bar_is_no_part_of_the_headline(section):
    text = f"{section} | {HEADLINE}\n\n{STORY}"
    assert extract_metadata(text).title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        f"{HEADLINE} | Lima Daily Mirror",
        "NATION SIGNS WATER DEAL WITH PERU - Business",
    ],
)
def test_a_site_after_the_headline_stays_on_its_line(line):
    assert extract_metadata(f"{line}\n\n{STORY}").title == line


def test_a_menu_with_one_bar_is_still_no_headline():
    assert extract_metadata(f"World | Asia Pacific\n\n{STORY}").title is None
