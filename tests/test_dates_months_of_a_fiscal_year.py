"""Months of a fiscal year: 'July-March of FY2023-24', 'the July-March period of the current fiscal year', 'July-
February FY24' are one mention, those months of that fiscal year (of the current one, the months that have passed,
else those of the year before); a month right after a fiscal year lies in it ('the end of fiscal 1997 in March',
'FY2023-24 ends in March'). Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2024-07-10",
            "en",
            ("In the July-March period of the current fiscal year, Bangladesh's exports to China rose 10%."),
            {("the July-March period of the current fiscal year", d("2023-07-01"), d("2024-03-31"))},
        ),
        (
            "2024-05-02",
            "en",
            ("Pakistan's remittances rose 7% in July-March of FY2023-24, the State Bank said."),
            {("July-March of FY2023-24", d("2023-07-01"), d("2024-03-31"))},
        ),
        (
            "2024-03-20",
            "en",
            "Pakistan's textile exports grew 11% in July-February FY24.",
            {("July-February FY24", d("2023-07-01"), d("2024-02-29"))},
        ),
        (
            "2023-01-15",
            "en",
            ("India's exports rose in April-December of the current fiscal year, the ministry said."),
            {("April-December of the current fiscal year", d("2022-04-01"), d("2022-12-31"))},
        ),
        (
            "2019-05-20",
            "en",
            ("Egypt's budget deficit narrowed to 5.3% of GDP in July-April of fiscal year 2018/19."),
            {("July-April of fiscal year 2018/19", d("2018-07-01"), d("2019-04-30"))},
        ),
        (
            "1997-12-04",
            "en",
            ("Japanese banks must cut loans before their books close at the end of fiscal 1997 in March."),
            {("fiscal 1997", d("1997-04-01"), d("1998-03-31")), ("in March", d("1998-03-01"), d("1998-03-31"))},
        ),
        (
            "2023-05-10",
            "en",
            "India's FY2023-24 ends in March, officials said.",
            {("FY2023-24", d("2023-04-01"), d("2024-03-31")), ("in March", d("2024-03-01"), d("2024-03-31"))},
        ),
        (
            "2022-08-10",
            "en",
            ("Kenya's fiscal year 2022/23, which ends in June, will see higher spending."),
            {("fiscal year 2022/23", d("2022-07-01"), d("2023-06-30")), ("in June", d("2023-06-01"), d("2023-06-30"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected


def test_a_month_after_a_fiscal_year_stays_open_without_a_publication_date():
    text = "Japan bought crude worth 480 billion yen in fiscal 2008, which ends in March, the ministry said."
    found = {m.text: (m.date_start, m.date_end) for m in extract_dates(text, None)}
    assert found["in March"] == (None, None)
