"""A business report's months to date after its period (sentences written for these tests, as wires and business
papers of every region write results): `for the nine months`, `in the six months` right after a quarter or a half
are that many months up to the end of the period said just before (third quarter, so January to September); with
no period said before, no date (the months of what is unknown); `the nine months ended Sept. 30` keeps its own
rule."""

import pytest

from tests.conftest import date_rows

CASES = [
    (
        "1989-11-02",
        "Third-quarter profit at the Tokyo trading house rose 5%; for the nine months, net rose 8%.",
        [("Third-quarter", "1989-07-01", "1989-09-30"), ("the nine months", "1989-01-01", "1989-09-30")],
    ),
    (
        "2014-08-06",
        "Sasol's output in the first half of 2014 rose 3%, and in the six months its exports to China doubled.",
        [("the first half of 2014", "2014-01-01", "2014-06-30"), ("the six months", "2014-01-01", "2014-06-30")],
    ),
    (
        "2011-05-04",
        "Embraer delivered 20 jets in the first quarter; for the three months, revenue fell 4 percent.",
        [("the first quarter", "2011-01-01", "2011-03-31"), ("the three months", "2011-01-01", "2011-03-31")],
    ),
    (
        "2018-10-30",
        "Tata Steel's net rose in the July-September quarter and during the nine months, the company said.",
        [("July-September", "2018-07-01", "2018-09-30"), ("the nine months", "2018-01-01", "2018-09-30")],
    ),
    (
        "2019-11-20",
        "In the nine months, sales at the Moroccan phosphate group rose.",
        [],
    ),
    (
        "2019-11-20",
        "For the nine months ended Sept. 30, Petronas net rose.",
        [("nine months ended Sept. 30", "2019-01-01", "2019-09-30")],
    ),
]


@pytest.mark.parametrize(("pub", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_months_to_the_period_said_before(pub, text, expected):
    assert date_rows(text, pub) == [(m, first, last) for m, first, last in expected]
