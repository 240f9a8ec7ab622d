"""An irregular past verb before a date sets the past even when a forecast follows in the sentence ("output
shrank in the third quarter and analysts expect ..."): `past` of date_cues.csv lists such verbs (sentences
written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2011, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Manufacturing output shrank in the fourth quarter, and most analysts expect a rebound.",
        "The currency slid in the fourth quarter while traders expect further losses.",
        "The court upheld the ban in the fourth quarter and the ministry expects an appeal.",
    ],
)
def test_an_irregular_past_verb_keeps_a_bare_quarter_behind(text):
    found = [(d.text, str(d.date_start)) for d in extract_dates(text, PUB, ())]
    assert found == [("the fourth quarter", "2010-10-01")]
