"""`the second half of June` is the 16th to the 30th, `the first half of May` the 1st to the 15th (a half of a month
is a span of its days, as five writers of the fix sets give it; an edge such as `the end of July` stays the month); a
season something is
to be done before lies ahead (`before the winter`), as one it is to be done by (texts written for the class)."""

from datetime import date

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


def test_a_half_of_a_month_is_its_days():
    text = "The foreign minister's trip to Seoul is planned for the second half of June."
    assert values(text, date(2011, 3, 2)) == [("the second half of June", date(2011, 6, 16), date(2011, 6, 30))]
    text = "Cairo and Khartoum held two rounds of talks in the first half of February."
    assert values(text, date(2011, 3, 2)) == [("the first half of February", date(2011, 2, 1), date(2011, 2, 15))]
    text = "Quito expects the first cargo in the latter half of September next year."
    expected = [("the latter half of September next year", date(2012, 9, 16), date(2012, 9, 30))]
    assert values(text, date(2011, 3, 2)) == expected
    text = "The Kazakh grain corridor reopened in the second half of April 2010."
    assert values(text, date(2011, 3, 2)) == [("the second half of April 2010", date(2010, 4, 16), date(2010, 4, 30))]


def test_an_edge_of_a_month_is_the_month():
    text = "Lagos wants the tariff settled by the end of July."
    assert values(text, date(2011, 3, 2)) == [("the end of July", date(2011, 7, 1), date(2011, 7, 31))]


def test_a_half_of_a_year_is_still_the_half():
    text = "Exports fell in the first half of 2010."
    assert values(text, date(2011, 3, 2)) == [("the first half of 2010", date(2010, 1, 1), date(2010, 6, 30))]


def test_a_season_before_which_something_is_to_be_done_lies_ahead():
    text = "The envoy urged the ministry to settle the fishing quotas before the winter."
    assert values(text, date(2011, 3, 2)) == [("the winter", date(2011, 12, 1), date(2012, 2, 29))]
