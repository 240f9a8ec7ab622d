"""A regular past verb after a noun subject whose words are a people's adjective or a name (`the Ethiopian airline
operated`, `the Asian Development Bank approved`, `the U.S. embassy issued`) sets the past, as after a subject in
lower case (`the court ruled`): a bare month or span of months after it lies behind. Sentences written for these
tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 1, 15)

CASES = [
    ("The Ethiopian airline operated a seasonal route to Goma from March to May.", ("2018-03-01", "2018-05-31")),
    ("The Asian Development Bank approved the Karakalpakstan water loan in March.", ("2018-03-01", "2018-03-31")),
    ("The U.S. embassy in Dhaka issued a record number of student visas in February.", ("2018-02-01", "2018-02-28")),
    ("The Chilean navy rescued 14 Peruvian fishermen in April.", ("2018-04-01", "2018-04-30")),
    ("The Kazakh Foreign Ministry summoned the Kyrgyz envoy in March.", ("2018-03-01", "2018-03-31")),
    ("A Ghanaian court jailed two Chinese miners in February.", ("2018-02-01", "2018-02-28")),
]


@pytest.mark.parametrize(("text", "interval"), CASES)
def test_a_past_verb_after_a_named_subject_puts_the_month_behind(text, interval):
    assert [(str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB)] == [interval]


def test_a_future_after_a_named_subject_still_looks_ahead():
    got = [str(d.date_start) for d in extract_dates("The African Union summit in Addis Ababa opens in February.", PUB)]
    assert got == ["2019-02-01"]
