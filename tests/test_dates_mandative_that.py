"""A proposal, request or demand that something be done ('proposed that the committee meet in April', 'urged
that talks resume in March') looks ahead: the clause after it is a mandative subjunctive (sentences written for
the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2009, 11, 5)  # a Thursday


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        (
            "The Finnish side proposed that the working group convene in Helsinki in February.",
            "in February",
            (date(2010, 2, 1), date(2010, 2, 28)),
        ),
        ("The envoy urged that negotiations resume in January.", "in January", (date(2010, 1, 1), date(2010, 1, 31))),
        (
            "Lawmakers demanded that the ministry publish the accounts by March.",
            "by March",
            (date(2010, 3, 1), date(2010, 3, 31)),
        ),
        (
            "The auditors recommended that the contract be reviewed in September.",
            "in September",
            (date(2010, 9, 1), date(2010, 9, 30)),
        ),
    ],
)
def test_a_mandative_clause_looks_ahead(text, mention, expected):
    found = {d.text: (d.date_start, d.date_end) for d in extract_dates(text, PUB)}
    assert found[mention] == expected


def test_a_report_that_something_happened_stays_in_the_past():
    found = {d.text: d.date_start for d in extract_dates("Figures showed that exports fell in September.", PUB)}
    assert found["in September"] == date(2009, 9, 1)
