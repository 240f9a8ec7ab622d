"""An outlet's issue line (its name, then the issue's day, number, edition or broadcast, set apart by dashes or bars)
is no headline: a transcript or a brief of wire items under it has none, a paper's story under it is the headline;
its day, after a typewriter's double hyphen too, is the publication date. The title a page's header gives is the
title even when it is short or names a newsletter's issue; a section's label there is none (pages written for these
tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

TURNS = (
    "ANCHOR: Good evening. Peru and Ecuador have agreed to build a second bridge over the border river, the two "
    "foreign ministers said after talks in Lima today.\n\n"
    "REPORTER: The bridge is expected to cost about two hundred million dollars, officials said.\n"
)
WIRE_ITEMS = (
    "MONTEVIDEO: The Uruguayan and Paraguayan trade ministers met on Tuesday to review the river transport accord, "
    "officials said.\n\nASUNCION: Paraguay will host the next round of talks in March, the foreign ministry said.\n"
)

STORY = STORY_BODIES["en"]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("ANDES EVENING NEWS -- TRANSCRIPT -- 4 March 2014", date(2014, 3, 4)),
        ("RADIO PACIFICO - 2100 - WED 12 FEB 2014", date(2014, 2, 12)),
        ("GULF RADIO -- NEWS BULLETIN -- 2 May 2019, 07:00 GST", date(2019, 5, 2)),
        ("LATIN AMERICA TONIGHT -- broadcast 9 April 2008, 22:00 GMT", date(2008, 4, 9)),
        ("Le journal de 20 heures — transcription", None),
        ("Noticiero central — transcripción — 3 de mayo de 2016", date(2016, 5, 3)),
        ("Jornal da Manhã — transcrição", None),
    ],
)
def test_a_programme_line_over_its_transcript_gives_no_headline_and_its_day(head, day):
    metadata = extract_metadata(f"{head}\n\n{TURNS}")
    assert metadata.title is None
    assert metadata.publication_date == day


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("ANDEAN MINING BRIEF -- Issue 52 -- 6 November 2001", date(2001, 11, 6)),
        ("RIVER PLATE TRADE NOTES -- No. 17 -- 20 August 2012", date(2012, 8, 20)),
        ("Mercosur Weekly -- Vol. 4 -- 14 June 2010", date(2010, 6, 14)),
    ],
)
def test_a_brief_of_wire_items_under_its_issue_line_has_no_headline(head, day):
    metadata = extract_metadata(f"{head}\n\n{WIRE_ITEMS}")
    assert metadata.title is None
    assert metadata.publication_date == day


@pytest.mark.parametrize(
    "head",
    [
        "THE LIMA COURIER -- Late edition -- Monday, 3 May 2004",
        "HANDELSBLATT GLOBAL -- Week 12/2011 -- 21 March 2011",
        "THE QUITO HERALD - English edition - 5 May 2012",
        "Diario de la Costa | Edición del domingo | 7 de julio de 2013",
        "OFFICIAL GAZETTE — Issue No. 12 (Supplement)",
        "BOLETÍN OFICIAL — Número 45 (Extraordinario)",
    ],
)
def test_a_story_under_a_papers_issue_line_is_the_headline(head):
    text = f"{head}\n\nChile and Peru reopen talks on water rights\n\n{STORY}"
    assert extract_metadata(text).title == "Chile and Peru reopen talks on water rights"


@pytest.mark.parametrize(
    "headline",
    [
        "Chile and Peru sign a water accord - 5 May 2012",
        "CHILE AND PERU SIGN A WATER ACCORD - 5 May 2012",
        "Kenya – Uganda rail deal – $3bn for 2024",
    ],
)
def test_a_headline_that_closes_with_its_day_or_a_figure_stays_the_headline(headline):
    assert extract_metadata(f"{headline}\n\n{STORY}").title == headline


@pytest.mark.parametrize(
    "title",
    [
        "Andes in brief",
        "Copper exports climb 4.2%",
        "Port of Callao Shippers' Newsletter – May 2018",
        "Bolivian Chamber Members' Bulletin No. 12",
        "Trade Winds – Episode 42",
        "Mercosur en bref",
    ],
)
def test_the_title_a_header_gives_is_the_title(title):
    text = f" date 2018-05-04 {title}\n\nLima | Newsletter | Unsubscribe\n\nCHILE AND PERU REOPEN TALKS\n\n{STORY}"
    assert extract_metadata(text).title == title


@pytest.mark.parametrize("label", ["US Markets", "Latin America", "Economía"])
def test_a_section_label_on_the_header_line_is_no_title(label):
    text = f" date 2018-05-04 {label}\n\nChile and Peru reopen talks on water rights\n\n{STORY}"
    assert extract_metadata(text).title == "Chile and Peru reopen talks on water rights"
