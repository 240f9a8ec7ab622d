"""`the first half of May` is that month (its half is a modifier, as `the end of July` is); a season something is
to be done before lies ahead (`before the winter`), as one it is to be done by (texts written for the class)."""

from datetime import date

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


def test_a_half_of_a_month_is_the_month():
    text = "The foreign minister's trip to Seoul is planned for the second half of June."
    assert values(text, date(2011, 3, 2)) == [("the second half of June", date(2011, 6, 1), date(2011, 6, 30))]


def test_a_half_of_a_year_is_still_the_half():
    text = "Exports fell in the first half of 2010."
    assert values(text, date(2011, 3, 2)) == [("the first half of 2010", date(2010, 1, 1), date(2010, 6, 30))]


def test_a_season_before_which_something_is_to_be_done_lies_ahead():
    text = "The envoy urged the ministry to settle the fishing quotas before the winter."
    assert values(text, date(2011, 3, 2)) == [("the winter", date(2011, 12, 1), date(2012, 2, 29))]
