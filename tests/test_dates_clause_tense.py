"""The tense of a date's clause, on sentences written for these tests: the verb of the clause a date opens, a
participle after `stay`, a forecast that a comparison names (`than expected`)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a date that opens a clause takes the tense of the verb after it, not that of the clause before
        (
            "La delegación visitó Lima el martes, y el viernes viajará a Quito.",
            date(2017, 6, 8),
            "es",
            [("el martes", "2017-06-06", "2017-06-06"), ("el viernes", "2017-06-09", "2017-06-09")],
        ),
        (
            "O ministro disse que no sábado os dois governos assinarão o tratado.",
            date(2012, 9, 6),
            "pt",
            [("no sábado", "2012-09-08", "2012-09-08")],
        ),
        (
            "The minister arrived on Monday, and on Friday will address parliament.",
            date(2000, 3, 1),
            "en",
            [("on Monday", "2000-02-28", "2000-02-28"), ("on Friday", "2000-03-03", "2000-03-03")],
        ),
        # a past verb after a month that opens its sentence is the past, even when a January ahead is nearer
        (
            "In January the two banks merged their trading desks.",
            date(2013, 11, 20),
            "en",
            [("In January", "2013-01-01", "2013-01-31")],
        ),
    ],
)
def test_the_verb_of_the_clause_a_date_opens(text, pub, language, expected):
    assert found(text, pub, language) == expected


def test_a_participle_after_stay_is_no_past():
    assert found("Schools will remain closed until Thursday.", date(2003, 2, 5)) == [
        ("until Thursday", "2003-02-06", "2003-02-06")
    ]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # `than expected`, `as planned` compare with a forecast; they do not look ahead
        ("Exports grew faster than expected in March.", date(2000, 4, 15), [("in March", "2000-03-01", "2000-03-31")]),
        (
            "The vote went ahead as planned in November.",
            date(2001, 2, 3),
            [("in November", "2000-11-01", "2000-11-30")],
        ),
    ],
)
def test_a_comparison_with_a_forecast_is_no_future(text, pub, expected):
    assert found(text, pub) == expected


def test_a_past_verb_right_after_the_date():
    text = "Its last session, on November twenty-ninth, authorized the use of force after the deadline."
    assert found(text, date(1991, 1, 17)) == [("on November twenty-ninth", "1990-11-29", "1990-11-29")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a verb whose past is its bare form, after a subject that would make its present end in -s
        (
            "The loan would repay debt to Moscow, which Kyiv put at $3 billion in January.",
            date(2020, 9, 15),
            [("in January", "2020-01-01", "2020-01-31")],
        ),
        (
            "The Fed cut rates in March and may act again.",
            date(2003, 11, 16),
            [("in March", "2003-03-01", "2003-03-31")],
        ),
        # not before `for`: a plan
        ("The talks are set for March.", date(2003, 11, 16), [("for March", "2004-03-01", "2004-03-31")]),
    ],
)
def test_a_past_that_is_its_bare_form(text, pub, expected):
    assert found(text, pub) == expected


def test_set_sets_a_day_ahead():
    text = "Judge Jane Roe set sentencing for April 27."
    assert found(text, date(1990, 3, 1)) == [("April 27", "1990-04-27", "1990-04-27")]
