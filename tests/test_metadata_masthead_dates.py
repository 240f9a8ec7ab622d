"""A site's masthead prints the day it was read (`Thursday, 3 December 2026`) above the story; when the story carries
a stamp labelled as its publication (`Published:`, `Publicado el`, `Publié le`), that stamp dates the page. A masthead
date alone still dates it (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINE = "Neighbours sign a rail framework agreement"

PAGES = [
    ("Thursday, 3 December 2026\nTHE DAILY LEDGER", "Published: 12 March 2024", (2024, 3, 12)),
    ("Monday, June 2, 2025\nValley Herald", "Posted on March 30, 2019 by Desk", (2019, 3, 30)),
    ("Jueves, 3 de diciembre de 2026\nEL DIARIO DEL SUR", "Publicado el 12 de marzo de 2024", (2024, 3, 12)),
    ("Jeudi 3 décembre 2026\nLE QUOTIDIEN DU FLEUVE", "Publié le 5 janvier 2022", (2022, 1, 5)),
    ("Quinta-feira, 3 de dezembro de 2026\nJORNAL DO PLANALTO", "Publicado em 20/08/2021", (2021, 8, 20)),
]


@pytest.mark.parametrize(("masthead", "stamp", "day"), PAGES)
def test_a_labelled_publication_stamp_wins_over_the_masthead_date(masthead, stamp, day):
    meta = extract_metadata(f"{masthead}\n\n{HEADLINE}\n\n{stamp}\n\n{BODY}")
    assert (meta.title, meta.publication_date) == (HEADLINE, date(*day))


def test_a_masthead_date_alone_still_dates_the_page():
    meta = extract_metadata(f"Thursday, 3 December 2026\nTHE DAILY LEDGER\n\n{HEADLINE}\n\n{BODY}")
    assert meta.publication_date == date(2026, 12, 3)
