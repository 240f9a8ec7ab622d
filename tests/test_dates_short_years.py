"""A year written in two digits after an apostrophe and a preposition (`in '87`, `the crisis of '97`, `by '25`) is
that year, in the century that puts it on or before publication, or after it when the sentence looks ahead
(sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "pub", "mention", "year"),
    [
        ("Turnover slipped to 40 million pounds from 52 million in '87.", date(1989, 3, 1), "in '87", "1987"),
        ("Banks still carry loans from the crisis of '97, the regulator said.", date(2003, 5, 2), "of '97", "1997"),
        ("The ministry expects the line to be finished by '25.", date(2021, 6, 9), "by '25", "2025"),
    ],
)
def test_a_two_digit_year_after_an_apostrophe_is_a_year(text, pub, mention, year):
    found = {d.text: (str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, ())}
    assert found[mention] == (f"{year}-01-01", f"{year}-12-31")


def test_a_decade_is_no_short_year():
    found = [d.granularity for d in extract_dates("Exports boomed in the '80s.", date(1995, 1, 1), ())]
    assert found == ["decade"]
