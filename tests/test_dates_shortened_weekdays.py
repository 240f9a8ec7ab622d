"""A weekday shortened with its period, as wires, headlines and schedules write it (sentences written for these
tests): `Wed.`, `Thurs.`, `Tues.`, `Fri.` are the weekday, read as the full name; `Sun.`, `Sat.` and `Mon.` are words
of their own too (a newspaper, a verb, a name), so a weekday only after a preposition or an offset
(`weekday_ambiguous_alone` of date_words.csv)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from tests.conftest import date_rows

CASES = [
    (
        "1998-10-21",
        "The Asean summit in Hanoi ended Wed. with a joint statement on the crisis.",
        [("Wed.", "1998-10-21", "1998-10-21")],
        "en",
    ),
    (
        "1998-10-21",
        "Seoul shares closed lower Tues. and the won weakened on Mon. in thin trading.",
        [("Tues.", "1998-10-20", "1998-10-20"), ("on Mon.", "1998-10-19", "1998-10-19")],
        "en",
    ),
    (
        "1998-10-21",
        "Brazil's central bank will auction bonds Thurs. and Fri., a spokesman said.",
        [("Thurs.", "1998-10-22", "1998-10-22"), ("Fri.", "1998-10-23", "1998-10-23")],
        "en",
    ),
    (
        "2004-03-10",
        "Pakistani and Indian foreign secretaries meet in Islamabad next Tues., officials said.",
        [("next Tues.", "2004-03-16", "2004-03-16")],
        "en",
    ),
    (
        "2012-09-14",
        "The Kenyan shilling firmed Thu. after the central bank held rates; markets reopen on Sat. in Dubai.",
        [("Thu.", "2012-09-13", "2012-09-13"), ("on Sat.", "2012-09-15", "2012-09-15")],
        "en",
    ),
]


@pytest.mark.parametrize(("pub", "text", "expected", "language"), CASES, ids=[c[1][:60] for c in CASES])
def test_a_shortened_weekday_with_its_period(pub, text, expected, language):
    assert date_rows(text, pub, language) == [(m, first, last) for m, first, last in expected]


@pytest.mark.parametrize(
    "text",
    [
        "He told the Sun. Then he sat down with the editors.",
        "The Sat. morning edition sold out, Mon. Dupont said.",
        "Readers of the Sun. and the Mirror wrote in.",
        "The Wed dress and the Fri line were launched in Paris.",
    ],
)
def test_a_shortening_that_is_a_word_alone_is_no_weekday(text):
    assert extract_dates(text, date(2019, 11, 20)) == []
