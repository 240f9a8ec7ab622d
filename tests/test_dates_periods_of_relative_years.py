"""A quarter of a year said relatively with its article, a semester in English, and the seasons that Spanish, French
and Portuguese lead in by `from`, `after` or an edge of them; on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2015, 4, 22)


def found(text, language="en", pub=PUB):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bilateral trade grew 8% in the first quarter of the current year.",
            ("the first quarter of the current year", "2015-01-01", "2015-03-31"),
        ),
        (
            "Remittances fell in the fourth quarter of the previous year.",
            ("the fourth quarter of the previous year", "2014-10-01", "2014-12-31"),
        ),
        (
            "The terminal will open in the third quarter of the coming year.",
            ("the third quarter of the coming year", "2016-07-01", "2016-09-30"),
        ),
    ],
)
def test_a_quarter_of_the_current_or_previous_year_is_one_mention(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Brazil rose 12% in the first semester of 2014.", ("2014-01-01", "2014-06-30")),
        ("Investment inflows slowed in the second semester of 2013.", ("2013-07-01", "2013-12-31")),
    ],
)
def test_a_semester_is_a_half_year(text, expected):
    assert [v[1:] for v in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Las patrullas conjuntas comenzarán a partir de la primavera.", "es", ("2015-03-01", "2015-05-31")),
        ("La obra del puerto concluirá a finales del verano.", "es", ("2015-06-01", "2015-08-31")),
        ("Les travaux du corridor reprendront à partir du printemps.", "fr", ("2015-03-01", "2015-05-31")),
        ("Le sommet bilatéral aura lieu au début de l'été.", "fr", ("2015-06-01", "2015-08-31")),
        ("As obras da ferrovia começam a partir do verão.", "pt", ("2015-06-01", "2015-08-31")),
        ("O acordo será assinado no início do outono.", "pt", ("2015-09-01", "2015-11-30")),
    ],
)
def test_seasons_led_in_by_from_or_an_edge(text, language, expected):
    assert [v[1:] for v in found(text, language)] == [expected]
