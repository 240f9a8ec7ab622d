"""`a year ago` that a figure of a year just said is compared with is the year before that one; in Spanish,
French and Portuguese `un an plus tôt`, `dos años antes`, `três meses depois` count from the date said last, as
`a year earlier` does (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub, language="en"):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub, language=language)]


def test_a_year_ago_compared_with_a_year_said():
    text = "Remittances reached $6.1 billion in 2018, a rise of 9% compared to a year ago, the bank said."
    assert values(text, date(2019, 3, 4))[-1] == ("a year ago", date(2017, 1, 1), date(2017, 12, 31))


def test_a_year_ago_alone_counts_from_publication():
    text = "Exports are 4% higher than a year ago."
    assert values(text, date(2019, 3, 4)) == [("a year ago", date(2018, 1, 1), date(2018, 12, 31))]


@pytest.mark.parametrize(
    "text, language, pub, expected",
    [
        (
            "Les exportations ont atteint 2 milliards d'euros en 2012, contre 1,6 milliard un an plus tôt.",
            "fr",
            date(2013, 5, 2),
            ("un an plus tôt", date(2011, 1, 1), date(2011, 12, 31)),
        ),
        (
            "El comercio sumó 900 millones de dólares en 2015 y 700 millones dos años antes.",
            "es",
            date(2016, 5, 2),
            ("dos años antes", date(2013, 1, 1), date(2013, 12, 31)),
        ),
        (
            "O acordo foi assinado em 2010 e ratificado um ano depois.",
            "pt",
            date(2016, 5, 2),
            ("um ano depois", date(2011, 1, 1), date(2011, 12, 31)),
        ),
    ],
)
def test_a_count_of_units_before_or_after_the_date_said(text, language, pub, expected):
    assert values(text, pub, language)[-1] == expected


def test_a_count_before_what_it_counts_from_is_no_date():
    text = "Un año antes de la cumbre, los dos gobiernos firmaron un memorando."
    assert values(text, date(2016, 5, 2), "es") == []
