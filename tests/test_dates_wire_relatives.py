"""Relative forms of wire reports, on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1998, 2, 26)


def found(text, pub=THURSDAY, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years later than a month or a day: a calendar year, not that month years on
        (
            "The accord was signed in Oslo in September 1993. Two years later, its architect was killed.",
            ("Two years later", "1995-01-01", "1995-12-31"),
        ),
        (
            "The dam was approved on March 3, 1990; three years after, it was still unbuilt.",
            ("three years after", "1993-01-01", "1993-12-31"),
        ),
        (
            "Rebels took the city in June 1994 and a year later they lost it.",
            ("a year later", "1995-01-01", "1995-12-31"),
        ),
    ],
)
def test_years_later_than_a_month_are_a_year(text, expected):
    assert found(text)[-1] == expected


def test_a_year_earlier_than_a_quarter_is_still_that_quarter():
    assert found("Profit rose in the third quarter from $4 million a year earlier.")[-1] == (
        "a year earlier",
        "1996-07-01",
        "1996-09-30",
    )


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The envoy arrived the day before yesterday.", "en", ("the day before yesterday", "1998-02-24", "1998-02-24")),
        (
            "The new rules take effect the day after tomorrow.",
            "en",
            ("the day after tomorrow", "1998-02-28", "1998-02-28"),
        ),
        ("El canciller llegó antes de ayer a Montevideo.", "es", ("antes de ayer", "1998-02-24", "1998-02-24")),
        ("La cumbre se celebrará pasado mañana en Quito.", "es", ("pasado mañana", "1998-02-28", "1998-02-28")),
        ("O acordo será assinado depois de amanhã em Luanda.", "pt", ("depois de amanhã", "1998-02-28", "1998-02-28")),
    ],
)
def test_two_days_away(text, language, expected):
    assert found(text, language=language) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index rose 4% this past week.", ("this past week", "1998-02-16", "1998-02-22")),
        ("Car sales fell this past month.", ("this past month", "1998-01-01", "1998-01-31")),
        ("Rebels shelled the airport this past Sunday.", ("this past Sunday", "1998-02-22", "1998-02-22")),
    ],
)
def test_this_past_is_the_last_one(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund was launched in the summer of '96.", ("the summer of '96", "1996-06-01", "1996-08-31")),
        ("The unit was spun off in the spring of last year.", ("the spring of last year", "1997-03-01", "1997-05-31")),
        ("Elections are due in the autumn of next year.", ("the autumn of next year", "1999-09-01", "1999-11-30")),
    ],
)
def test_a_season_of_a_year_said_relatively_or_in_two_digits(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # the noun the date modifies is no verb: the sentence's verb after it sets the tense
        ("The Jan. 15 deadline passed without a deal.", THURSDAY, ("Jan. 15", "1998-01-15", "1998-01-15")),
        (
            "The March 31 deadline was missed by both sides.",
            date(2024, 4, 15),
            ("March 31", "2024-03-31", "2024-03-31"),
        ),
        ("The Jan. 15 deadline will not be extended.", date(1990, 12, 1), ("Jan. 15", "1991-01-15", "1991-01-15")),
    ],
)
def test_a_date_that_modifies_a_deadline(text, pub, expected):
    assert found(text, pub) == [expected]
