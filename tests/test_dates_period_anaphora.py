"""A business report's period named again without its name: "in the quarter", "for the year", "during the
period", "for the full year", "for the week" are the period said just before (sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return {d.text: (d.date_start, d.date_end) for d in extract_dates(text, pub)}


@pytest.mark.parametrize(
    "text, pub, mention, expected",
    [
        (
            "Corvane Mills said its second-quarter loss narrowed to $4 million. Sales in the quarter slipped 3% to "
            "$88 million.",
            date(1993, 7, 22),
            "the quarter",
            (date(1993, 4, 1), date(1993, 6, 30)),
        ),
        (
            "Orders fell in the fourth quarter of 1996. During the period, the bank closed 40 branches.",
            date(1997, 2, 3),
            "the period",
            (date(1996, 10, 1), date(1996, 12, 31)),
        ),
        (
            "Third-quarter profit at the brewer doubled. For the year, analysts now see earnings of $2.10 a share.",
            date(2001, 10, 30),
            "the year",
            (date(2001, 1, 1), date(2001, 12, 31)),
        ),
        (
            "Revenue rose 6% in the first half of 2004, and for the full year the group expects growth of 5%.",
            date(2004, 8, 5),
            "the full year",
            (date(2004, 1, 1), date(2004, 12, 31)),
        ),
        (
            "The yen closed at 112.40 on Friday. For the week, the dollar lost 1.5% against it.",
            date(1999, 5, 15),
            "the week",
            (date(1999, 5, 10), date(1999, 5, 16)),
        ),
    ],
)
def test_a_period_named_again_is_the_period_said_before(text, pub, mention, expected):
    assert values(text, pub)[mention] == expected


def test_the_comparison_after_it_is_still_with_the_quarter():
    text = (
        "Net income in the third quarter rose to $9 million. For the year, the company sees higher sales. "
        "In the year-ago period it earned $7 million."
    )
    assert values(text, date(1995, 10, 19))["the year-ago period"] == (date(1994, 7, 1), date(1994, 9, 30))


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose in the quarter, the company said.",  # no period said before: no date
        "The talks in 2019 were cordial, and both sides hope for more trade in the year ahead.",
        "Imports rose 4% in 2020. The plan for the period 2021-2025 is ambitious.",
        "The minister was named Person of the Year in 2018.",
    ],
)
def test_no_period_said_or_none_named_again(text):
    found = values(text, date(2021, 3, 1))
    named_again = ("the quarter", "the year", "the period", "the Year")
    assert not any(t.startswith(named_again) for t in found)
