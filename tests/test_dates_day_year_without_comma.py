"""A paper may print a day and its year without the comma between them (`March 3 2004`): one mention, that day;
another number after the day is still no year (texts written for the class)."""

from datetime import date

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


def test_a_day_and_its_year_without_a_comma():
    text = "The talks are likely to miss their March 31 1998 deadline, officials said."
    assert values(text, date(1997, 11, 4)) == [("March 31 1998", date(1998, 3, 31), date(1998, 3, 31))]


def test_a_count_after_the_day_is_no_year():
    assert values("On May 5 300 soldiers crossed the border.", date(1997, 11, 4)) == []
