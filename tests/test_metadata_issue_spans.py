"""A weekly issue's span of days on its masthead line dates the page by its first day (pages written for these
tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\n\nThe two governments agreed on Tuesday that a loan of $45 million will finance the power line, the ministry "
    "said in a statement.\n"
)


@pytest.mark.parametrize(
    ("masthead", "day"),
    [
        ("WEEKLY | Issue No. 1585 | 11 - 17 March 2021", date(2021, 3, 11)),
        ("The Island Weekly | Vol. 12 | 3–9 June 2019", date(2019, 6, 3)),
        ("Semanario | N.º 412 | del 4 al 10 de mayo de 2015", date(2015, 5, 4)),
        ("Hebdo | n° 312 | du 4 au 10 mai 2015", date(2015, 5, 4)),
        ("Semanário | Edição 88 | 4 a 10 de maio de 2015", date(2015, 5, 4)),
        ("WEEKLY | Issue No. 1585 | 17 March 2021", date(2021, 3, 17)),
    ],
)
def test_an_issue_span_dates_the_page_by_its_first_day(masthead, day):
    page = masthead + "\n\nChile and Peru sign a power accord" + BODY
    assert extract_metadata(page).publication_date == day
