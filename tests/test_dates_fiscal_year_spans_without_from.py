"""A span of fiscal years written without `from` ("fiscal years 2010 to 2012", "fiscal 2019 through 2021") is one
mention from the first fiscal year's first day to the last one's last, in the calendar of the state it is said of;
`and` joins two fiscal years only after `between`. Every sentence is written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def _dates(text: str):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, date(2011, 5, 4))]


@pytest.mark.parametrize(
    "text, span",
    [
        (
            "Congress set aside $900 million for Honduras over fiscal years 2010 to 2012, the US embassy said.",
            ("fiscal years 2010 to 2012", date(2009, 10, 1), date(2012, 9, 30)),
        ),
        (
            "The US Navy will buy the radars in fiscal 2019 through 2021.",
            ("fiscal 2019 through 2021", date(2018, 10, 1), date(2021, 9, 30)),
        ),
        (
            "India's rail budget doubled over fiscal years 2014-15 to 2016-17.",
            ("fiscal years 2014-15 to 2016-17", date(2014, 4, 1), date(2017, 3, 31)),
        ),
        (
            "Pakistan's textile exports grew in fiscal years 2005/06 to 2007/08.",
            ("fiscal years 2005/06 to 2007/08", date(2005, 7, 1), date(2008, 6, 30)),
        ),
    ],
)
def test_a_span_of_fiscal_years_without_from_is_one_mention(text, span):
    assert _dates(text) == [span]


def test_two_fiscal_years_joined_by_and_stay_two_mentions():
    found = _dates("India's budgets for FY 2016-17 and FY 2017-18 were passed.")
    assert [text for text, _, _ in found] == ["FY 2016-17", "FY 2017-18"]


def test_between_joins_two_fiscal_years_with_and():
    found = _dates("US aid to Peru grew between fiscal 2008 and 2010.")
    assert found == [("between fiscal 2008 and 2010", date(2007, 10, 1), date(2010, 9, 30))]
