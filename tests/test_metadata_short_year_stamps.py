"""Publication dates from stamps that write the year in two digits after an apostrophe (`18 Jun.'04`); page heads
written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The two governments agreed to widen their cooperation on ports, power lines and the training "
    "of customs officers, officials said after the talks ended.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Daily.Ge | Kutaisi / 9 Mar.'07 / 16:45\n", date(2007, 3, 9)),
        ("Kyiv / 21 Oct '99 / 08:00\n", date(1999, 10, 21)),
        ("Baku.Info | 4 Feb.'09 | 09:30\n", date(2009, 2, 4)),
    ],
)
def test_two_digit_years_after_an_apostrophe(head, day):
    text = "Ports and power lines top the agenda of the talks\n" + head + "\n" + _BODY
    assert extract_metadata(text).publication_date == day
