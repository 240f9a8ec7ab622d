"""A month written before `of` and its year (`in May of 1987`, `in April and May of 2003`), as American papers
and broadcast transcripts write it, is that month of that year, one mention (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, ())]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "The refinery was shut in May of 1987 after a fire.",
            [("May of 1987", "1987-05-01", "1987-05-31")],
        ),
        (
            "He had served as envoy since September of 1985, aides recalled.",
            [("September of 1985", "1985-09-01", "1985-09-30")],
        ),
        (
            "Shipments stalled in April and May of 2003.",
            [("in April", "2003-04-01", "2003-04-30"), ("May of 2003", "2003-05-01", "2003-05-31")],
        ),
    ],
)
def test_a_month_of_a_year_is_that_month(text, mentions):
    assert found(text, date(2004, 2, 10)) == mentions
