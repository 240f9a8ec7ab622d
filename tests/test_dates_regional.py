"""Dates of regional news: month spans without a year or across years, the tense a cue after the date sets,
fiscal years of the state whose budget counts them, and the Spanish, French and Portuguese word orders
(`il y a trois ans`, `juillet dernier`, `fin de julio`, `au dernier trimestre`)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text: str, pub: date, language: str = "en", fallback: str = "PAK") -> list[tuple[str, str, str]]:
    found = extract_dates(text, pub, (), language, fallback_fiscal_calendar=fallback)
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in found]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a span of months after a preposition takes the year of its tense; "a year earlier" is that span
        (
            "Exports rose 12 percent in January-October, up on the same period a year earlier.",
            date(2022, 12, 20),
            [
                ("January-October", "2022-01-01", "2022-10-31"),
                ("on the same period a year earlier", "2021-01-01", "2021-10-31"),
            ],
        ),
        # a span of months in next year's or this year's
        (
            "The plant will be built between May and November next year.",
            date(2022, 12, 20),
            [("between May and November next year", "2023-05-01", "2023-11-30")],
        ),
        (
            "Between March and August of this year, traffic doubled.",
            date(2022, 12, 20),
            [("Between March and August of this year", "2022-03-01", "2022-08-31")],
        ),
        # a span between two months of different years is one mention
        (
            "The programme ran between March 2009 and May 2012 in three provinces.",
            date(2022, 12, 20),
            [("between March 2009 and May 2012", "2009-03-01", "2012-05-31")],
        ),
    ],
)
def test_spans_of_months(text, pub, expected):
    assert values(text, pub) == expected


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a past verb right after the weekday wins over a future one further on
        (
            "NAIROBI -- Kenya and Uganda on Friday signed a deal that will open the border.",
            date(2019, 4, 27),
            ("on Friday", "2019-04-26", "2019-04-26"),
        ),
        # `should` looks ahead, nearer the month than the past verb before it
        (
            "Talks on the accord, which began in 2012, should conclude in June, he said.",
            date(2013, 4, 1),
            ("in June", "2013-06-01", "2013-06-30"),
        ),
        # an invitation points ahead; being invited at a date does not
        (
            "The president invited his counterpart to visit Baku in October.",
            date(2022, 12, 22),
            ("in October", "2023-10-01", "2023-10-31"),
        ),
        (
            "He was invited in March to address the council.",
            date(2022, 12, 22),
            ("in March", "2022-03-01", "2022-03-31"),
        ),
    ],
)
def test_the_tense_of_the_nearest_cue(text, pub, expected):
    assert expected in values(text, pub)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state after `in` is where the money goes; the spender's fiscal year counts
        (
            "The United States and Vietnam signed a health accord. The State Department plans to spend $80 million"
            " on clinics in Vietnam in fiscal 2014.",
            ("fiscal 2014", "2013-10-01", "2014-09-30"),
        ),
        # an article that names only calendar-year states counts in calendar years, not the corpus's
        (
            "Ghana's finance minister presented the budget. The government will cut the deficit in fiscal 2023.",
            ("fiscal 2023", "2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_fiscal_years_of_the_budgets_state(text, expected):
    assert values(text, date(2013, 7, 1)) == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        (
            "Il y a deux ans, le ministre avait visité Dakar.",
            date(2019, 4, 27),
            "fr",
            [("Il y a deux ans", "2017-01-01", "2017-12-31")],
        ),
        (
            "Il reviendra l'automne prochain.",
            date(2019, 4, 27),
            "fr",
            [("l'automne prochain", "2019-09-01", "2019-11-30")],
        ),
        (
            "Hace tres años se firmó el acuerdo; en marzo pasado se amplió.",
            date(2019, 4, 27),
            "es",
            [("Hace tres años", "2016-01-01", "2016-12-31"), ("en marzo pasado", "2019-03-01", "2019-03-31")],
        ),
        (
            "Há cinco anos o porto abriu, e as obras terminam até o fim de agosto.",
            date(2019, 4, 27),
            "pt",
            [("Há cinco anos", "2014-01-01", "2014-12-31"), ("o fim de agosto", "2019-08-01", "2019-08-31")],
        ),
        (
            "Les exportations ont bondi au dernier trimestre de 2020, puis en juillet dernier.",
            date(2021, 4, 27),
            "fr",
            [
                ("dernier trimestre de 2020", "2020-10-01", "2020-12-31"),
                ("en juillet dernier", "2020-07-01", "2020-07-31"),
            ],
        ),
        (
            "Las obras concluirán a finales de mayo de 2024.",
            date(2023, 4, 27),
            "es",
            [("a finales de mayo de 2024", "2024-05-01", "2024-05-31")],
        ),
        (
            "Le ministre est arrivé jeudi dernier.",
            date(2024, 11, 14),
            "fr",
            [("jeudi dernier", "2024-11-07", "2024-11-07")],
        ),
        ("Il partira lundi prochain.", date(2024, 11, 14), "fr", [("lundi prochain", "2024-11-18", "2024-11-18")]),
        ("Le sommet aura lieu à la mi-juin.", date(2021, 4, 27), "fr", [("à la mi-juin", "2021-06-01", "2021-06-30")]),
    ],
)
def test_romance_word_orders(text, pub, language, expected):
    assert values(text, pub, language) == expected


def test_a_sea_is_no_month():
    assert values("Los buques llegaron por mar en junio.", date(2021, 8, 2), "es") == [
        ("en junio", "2021-06-01", "2021-06-30")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He was born in March of nineteen sixty-two in Lahore.",
            ("in March of nineteen sixty-two", "1962-03-01", "1962-03-31"),
        ),
        (
            "The treaty dates from October nineteen ninety-one.",
            ("from October nineteen ninety-one", "1991-10-01", "1991-10-31"),
        ),
    ],
)
def test_a_month_of_a_year_in_words(text, expected):
    assert values(text, date(2020, 1, 1)) == [expected]
