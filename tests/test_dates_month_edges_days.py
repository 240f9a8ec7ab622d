"""A month's first or last day named by its place ("the last day of June"), and a year's closing months
named "the final three months of 1997" (sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return {d.text: (d.date_start, d.date_end) for d in extract_dates(text, pub)}


@pytest.mark.parametrize(
    "text, pub, mention, expected",
    [
        (
            "Dealers said the peso weakened on the last day of April.",
            date(1995, 5, 9),
            "on the last day of April",
            (date(1995, 4, 30), date(1995, 4, 30)),
        ),
        (
            "The new tariff schedule will apply from the first day of July.",
            date(2003, 6, 2),
            "the first day of July",
            (date(2003, 7, 1), date(2003, 7, 1)),
        ),
        (
            "Shipments stopped on the final day of February 1996, the port authority said.",
            date(1997, 1, 14),
            "on the final day of February 1996",
            (date(1996, 2, 29), date(1996, 2, 29)),
        ),
        (
            "Steel output slumped in the final three months of 1998.",
            date(1999, 2, 11),
            "the final three months of 1998",
            (date(1998, 10, 1), date(1998, 12, 31)),
        ),
    ],
)
def test_a_month_edge_day_and_a_years_final_months(text, pub, mention, expected):
    assert values(text, pub)[mention] == expected
