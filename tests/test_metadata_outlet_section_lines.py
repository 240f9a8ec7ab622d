"""A page's first line that names its outlet and a section or the kind of page (`HARBOUR WIRE — Shipping Finance`,
`Andes Letter | Mining Desk`) heads the page, not a story: with no headline under it the page has none, and a
headline under it is the title; a headline of the same shape with a verb, a figure or more words stays one (pages
written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

DATELINE_STORY = (
    "QUITO, March 3, 2011 — Ecuador and Peru agreed on Thursday to build two bridges over the Zarumilla river, "
    "the foreign ministers said after meeting at the border.\n"
)
HEADLINE = "Ecuador and Peru agree on two border bridges"


@pytest.mark.parametrize(
    "outlet_line",
    [
        "HARBOUR WIRE — Shipping Finance",
        "Andes Letter | Mining Desk",
        "COMMODITY DESK -- MORNING REPORT",
        "OXFAM QUITO — SITUATION REPORT",
        "Carta Andina – Economía",
        "LA DÉPÊCHE DU SAHEL — Économie & Finances",
        "Boletim do Porto | Comércio Exterior",
        "Pacific Policy Forum - Briefing Note",
    ],
)
def test_an_outlets_line_first_on_the_page_is_no_headline(outlet_line):
    assert extract_metadata(f"{outlet_line}\n\n{DATELINE_STORY}").title is None


@pytest.mark.parametrize(
    ("outlet_line", "language"),
    [
        ("HARBOUR WIRE — Shipping Finance", "en"),
        ("Carta Andina – Economía", "es"),
        ("LA DÉPÊCHE DU SAHEL — Économie & Finances", "fr"),
        ("Boletim do Porto | Comércio Exterior", "pt"),
    ],
)
def test_the_headline_under_an_outlets_line_is_the_title(outlet_line, language):
    text = f"{outlet_line}\n\n{HEADLINE}\n\n{STORY_BODIES[language]}"
    assert extract_metadata(text).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "PERU REOPENS BORDER WITH ECUADOR — Business",
        "Quito and Lima sign accord - Trade",
        "Andes Rail Link to Open in May — Officials",
    ],
)
def test_a_headline_of_that_shape_with_a_verb_or_figure_stays_the_title(headline):
    assert extract_metadata(f"{headline}\n\n{DATELINE_STORY}").title == headline


def test_the_same_shape_under_a_breadcrumb_is_the_pages_title():
    title = "Zarumilla Bridges — Project Summary"
    text = f"Home > Projects > Ecuador\n{title}\n\n{DATELINE_STORY}"
    assert extract_metadata(text).title == title
