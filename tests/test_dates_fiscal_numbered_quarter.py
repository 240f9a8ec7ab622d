"""A quarter or half of a fiscal year written by its number, the way company filings, brokers and budget papers do:
`Q2 of FY 2015-16`, `Q4 FY2019-20`, `Q3FY16`, `H1 FY24`: the quarter or half of that fiscal year in its state's
calendar, not the whole year. Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date, language: str = "en") -> dict[str, tuple[str, str]]:
    return {
        d.text: (d.date_start.isoformat(), d.date_end.isoformat())
        for d in extract_dates(text, pub, language=language)
        if d.date_start
    }


@pytest.mark.parametrize(
    ("text", "pub", "mention", "expected"),
    [
        (
            "NEW DELHI: The second tranche of the payment falls due in Q2 of FY 2015-16, the oil ministry said.",
            date(2014, 11, 20),
            "Q2 of FY 2015-16",
            ("2015-07-01", "2015-09-30"),
        ),
        (
            "India's Power Grid said on Monday the line would be tendered in Q4 FY2019-20.",
            date(2019, 9, 16),
            "Q4 FY2019-20",
            ("2020-01-01", "2020-03-31"),
        ),
        (
            "Mumbai-based Tata Steel reported a net loss in Q3FY16 as Chinese imports weighed on Indian prices.",
            date(2016, 2, 12),
            "Q3FY16",
            ("2015-10-01", "2015-12-31"),
        ),
        (
            "Pakistan's central bank in Karachi expects the current account to turn positive in H2 FY24.",
            date(2023, 11, 2),
            "H2 FY24",
            ("2024-01-01", "2024-06-30"),
        ),
        (
            "Australia's Treasury in Canberra forecasts slower export growth in Q1 of FY2025-26.",
            date(2025, 5, 14),
            "Q1 of FY2025-26",
            ("2025-07-01", "2025-09-30"),
        ),
    ],
)
def test_a_numbered_quarter_or_half_of_a_fiscal_year(text, pub, mention, expected):
    assert found(text, pub)[mention] == expected


def test_a_numbered_quarter_of_a_calendar_year_stays_one():
    assert found("The bank's profit rose 12% in Q1 2015, it said in Lagos.", date(2015, 5, 2))["Q1 2015"] == (
        "2015-01-01",
        "2015-03-31",
    )
