"""A stamp line that gives the day first and the byline after it (`May 20, 2025 by Jane Doe | 3 Comments`): a blog's or
a small outlet's way to date a post, in the languages read (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

LINES = [
    ("May 20, 2025 by Grace Okafor | 3 Comments", (2025, 5, 20)),
    ("14 August 2024 by Staff Reporter", (2024, 8, 14)),
    ("January 9, 2024 by admin 2 min read", (2024, 1, 9)),
    ("Tuesday, 3 October 2023 by Desk Editor · Politics", (2023, 10, 3)),
    ("2022-11-30 by Lin Wei", (2022, 11, 30)),
    ("12 de marzo de 2024 por Redacción", (2024, 3, 12)),
    ("5 mars 2024 par La Rédaction", (2024, 3, 5)),
    ("18 de julho de 2023 por Equipe de Reportagem", (2023, 7, 18)),
]


@pytest.mark.parametrize(("stamp", "day"), LINES)
def test_a_day_then_its_byline_dates_the_page(stamp, day):
    headline = "Neighbours sign a deal on a cross-border rail line"
    meta = extract_metadata(f"{headline}\n\n{stamp}\n\n{BODY}")
    assert (meta.title, meta.publication_date) == (headline, date(*day))


def test_a_body_sentence_that_opens_with_a_day_is_no_stamp():
    text = (
        "Neighbours sign a deal on a cross-border rail line\n\n"
        "On 5 March 2024 the line was approved by parliament after a long debate over its cost and its route.\n"
    )
    assert extract_metadata(text).publication_date is None
