"""A relative year in the clause of a fiscal year is a fiscal year ('FY2022-23, up from $4.1 billion last year'); one
in a clause of its own after it, past a colon, a semicolon or ', and' with a new subject, is a calendar year ('the
budget for FY2008/09 protects the poor: ... raise it further next year'). Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2023-08-01",
            "en",
            ("Pakistan's exports reached $5 billion in FY2022-23, up from $4.1 billion last year."),
            {("FY2022-23", d("2022-07-01"), d("2023-06-30")), ("last year", d("2021-07-01"), d("2022-06-30"))},
        ),
        (
            "2020-09-01",
            "en",
            ("Pakistan's deficit narrowed in FY2019-20 compared with last year, the ministry said."),
            {("FY2019-20", d("2019-07-01"), d("2020-06-30")), ("last year", d("2018-07-01"), d("2019-06-30"))},
        ),
        (
            "2008-11-24",
            "en",
            (
                "The budget for FY2008/09 protects the poor: the authorities have "
                "allocated Rs 34 billion to the programme and intend to raise it "
                "further next year."
            ),
            {("FY2008/09", d("2008-07-01"), d("2009-06-30")), ("next year", d("2009-01-01"), d("2009-12-31"))},
        ),
        (
            "2022-08-10",
            "en",
            ("Kenya's revenue rose in the 2021/22 financial year, and the Treasury will review tax rates next year."),
            {
                ("the 2021/22 financial year", d("2021-07-01"), d("2022-06-30")),
                ("next year", d("2023-01-01"), d("2023-12-31")),
            },
        ),
        (
            "2023-05-10",
            "en",
            ("India's exports hit $450 billion in 2022-23; officials expect a further rise next year."),
            {("2022-23", d("2022-04-01"), d("2023-03-31")), ("next year", d("2024-01-01"), d("2024-12-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
