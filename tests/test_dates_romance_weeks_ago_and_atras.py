"""Spanish, French and Portuguese counts of time back from publication or from a day said: weeks ago are the day
that many weeks back, as `two weeks ago` is in English (`hace dos semanas`, `il y a deux semaines`, `há uma
semana`), and `atrás` after the count is `ago` (`dos años atrás`, `dois anos atrás`). Sentences written for these
tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(2019, 3, 14)


def found(text: str, language: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.text, d.date_start.isoformat(), d.date_end.isoformat(), d.granularity)
        for d in extract_dates(text, THURSDAY, (), language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Hace una semana, el canciller visitó Asunción.",
            "es",
            ("Hace una semana", "2019-03-07", "2019-03-07", "day"),
        ),
        (
            "Le ministre est arrivé à Dakar il y a deux semaines.",
            "fr",
            ("il y a deux semaines", "2019-02-28", "2019-02-28", "day"),
        ),
        ("O navio atracou em Luanda há uma semana.", "pt", ("há uma semana", "2019-03-07", "2019-03-07", "day")),
        (
            "El acuerdo con Bolivia se firmó dos semanas atrás.",
            "es",
            ("dos semanas atrás", "2019-02-28", "2019-02-28", "day"),
        ),
        ("A usina foi inaugurada dois anos atrás.", "pt", ("dois anos atrás", "2017-01-01", "2017-12-31", "year")),
        ("La represa se terminó tres meses atrás.", "es", ("tres meses atrás", "2018-12-01", "2018-12-31", "month")),
    ],
)
def test_a_count_back_from_publication(text, language, expected):
    assert found(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La cumbre fue el 2 de marzo. Dos semanas después, el pacto cayó.",
            "es",
            ("Dos semanas después", "2019-03-16", "2019-03-16", "day"),
        ),
        (
            "Le sommet a eu lieu le 2 mars. Deux semaines plus tard, le pacte est tombé.",
            "fr",
            ("Deux semaines plus tard", "2019-03-16", "2019-03-16", "day"),
        ),
        # after a week said, weeks later are a week
        (
            "Les pourparlers ont repris la semaine dernière. Deux semaines plus tôt, ils avaient échoué.",
            "fr",
            ("Deux semaines plus tôt", "2019-02-18", "2019-02-24", "week"),
        ),
        # years and months keep their whole year or month
        (
            "El puerto abrió en 2010 y dos años después cerró.",
            "es",
            ("dos años después", "2012-01-01", "2012-12-31", "year"),
        ),
    ],
)
def test_a_count_from_a_date_said(text, language, expected):
    assert found(text, language)[-1] == expected
