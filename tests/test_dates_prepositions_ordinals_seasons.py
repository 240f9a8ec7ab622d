"""Dates on sentences written for these tests: more prepositions before a bare month, days
written as ordinal words, `1º`, the season under way, a state's possessive before its fiscal year, and `quarterly`."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        (
            "Demand held up well into November.",
            date(2008, 12, 15),
            "en",
            [("into November", "2008-11-01", "2008-11-30")],
        ),
        (
            "Reserves stood at $4 billion as of June.",
            date(2008, 10, 2),
            "en",
            [("as of June", "2008-06-01", "2008-06-30")],
        ),
        (
            "Le gouvernement a repris les chiffres du rapport de février.",
            date(2018, 4, 7),
            "fr",
            [("de février", "2018-02-01", "2018-02-28")],
        ),
        ("Miles de personas marcharon a la Plaza de Mayo.", date(2018, 4, 7), "es", []),
    ],
)
def test_more_prepositions_before_a_month(text, pub, language, expected):
    assert found(text, pub, language) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The ceasefire took hold on March third.",
            date(1996, 5, 22),
            [("on March third", "1996-03-03", "1996-03-03")],
        ),
        (
            "The talks will resume on the twenty-first of June.",
            date(1996, 5, 22),
            [("on the twenty-first of June", "1996-06-21", "1996-06-21")],
        ),
        (
            "Iraq invaded Kuwait on August second of last year.",
            date(1991, 1, 17),
            [("on August second of last year", "1990-08-02", "1990-08-02")],
        ),
        ("Profits fell in April, third in a row.", date(1996, 5, 22), [("in April", "1996-04-01", "1996-04-30")]),
    ],
)
def test_days_written_as_ordinal_words(text, pub, expected):
    assert found(text, pub) == expected


def test_a_first_day_with_an_ordinal_indicator():
    assert found("O acordo vigora desde 1º de janeiro.", date(2011, 1, 25), "pt") == [
        ("1º de janeiro", "2011-01-01", "2011-01-01")
    ]


def test_this_season_is_the_one_under_way():
    assert found("Gas stocks ran low this winter.", date(2021, 2, 10)) == [("this winter", "2020-12-01", "2021-02-28")]
    assert found("Gas stocks may run low this winter.", date(2020, 11, 5)) == [
        ("this winter", "2020-12-01", "2021-02-28")
    ]


def test_a_states_possessive_owns_its_fiscal_year():
    text = "The Philippine navy will get radars under Japan's fiscal year 2025 budget."
    assert found(text, date(2024, 11, 19)) == [("fiscal year 2025", "2025-04-01", "2026-03-31")]


def test_quarterly_is_no_quarter():
    assert found("It posted its first quarterly loss in May.", date(2001, 7, 3)) == [
        ("in May", "2001-05-01", "2001-05-31")
    ]


def test_a_limit_before_a_month():
    text = "Rates should stay steady until at least October, and a cut could come as early as December."
    assert found(text, date(1990, 8, 21)) == [
        ("until at least October", "1990-10-01", "1990-10-31"),
        ("as early as December", "1990-12-01", "1990-12-31"),
    ]


def test_a_season_of_a_year_in_words():
    assert found("The first pictures came in the summer of nineteen seventy-six.", date(1997, 7, 7)) == [
        ("the summer of nineteen seventy-six", "1976-06-01", "1976-08-31")
    ]


def test_the_week_of_a_day():
    assert found("Hearings could start as soon as the week of Jan. 14.", date(2001, 12, 3)) == [
        ("the week of Jan. 14", "2002-01-14", "2002-01-20")
    ]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a Romance sentence with no past verb: the quarter nearest publication, ahead or behind
        (
            "El acuerdo prevé metas de reducción del déficit a partir del segundo trimestre.",
            date(2022, 3, 26),
            "es",
            [("segundo trimestre", "2022-04-01", "2022-06-30")],
        ),
        (
            "La economía crece un 2% en el primer trimestre.",
            date(2022, 5, 10),
            "es",
            [("el primer trimestre", "2022-01-01", "2022-03-31")],
        ),
    ],
)
def test_a_quarter_in_a_sentence_with_no_past_verb(text, pub, language, expected):
    assert found(text, pub, language) == expected


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        (
            "The envoy is in Hanoi from November 29 to December 2, 2019 for talks on fishing rights.",
            date(2019, 11, 29),
            "en",
            [("from November 29 to December 2, 2019", "2019-11-29", "2019-12-02")],
        ),
        (
            "La feria se celebrará del 28 de febrero al 3 de marzo.",
            date(2019, 2, 1),
            "es",
            [("del 28 de febrero al 3 de marzo", "2019-02-28", "2019-03-03")],
        ),
        # two days joined by `and` stay two mentions
        (
            "They recalled the accords of 4 May 2012 and 9 June 2013.",
            date(2019, 2, 1),
            "en",
            [("4 May 2012", "2012-05-04", "2012-05-04"), ("9 June 2013", "2013-06-09", "2013-06-09")],
        ),
    ],
)
def test_a_span_of_days_across_two_months(text, pub, language, expected):
    assert found(text, pub, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La comitiva llegó anoche a Lima.", "es", [("anoche", "2014-07-17", "2014-07-17")]),
        ("Le ministre est arrivé avant-hier à Dakar.", "fr", [("avant-hier", "2014-07-16", "2014-07-16")]),
        ("A delegação parte esta noite para Luanda.", "pt", [("esta noite", "2014-07-18", "2014-07-18")]),
    ],
)
def test_more_romance_day_words(text, language, expected):
    assert found(text, date(2014, 7, 18), language) == expected
