"""Two more spans as TIMEX3 draws them and wires write them (sentences written for these tests, from every region,
in English, Spanish, French and Portuguese):

- `ago` and `this week`, `this month` or `this quarter` are one date: that unit, as many units back as `ago` counts
  (`a year ago this month` in a report of November 2019 is November 2018), as `a week ago today` is one day;
- a year written with the noun that names it a year is one mention from the noun (`the year 2000`, `calendar year
  2016`, `the target year 2030`, `l'année 2015`, `el año 2015`, `o ano de 2015`: `year_noun_lead` of
  date_cues.csv), with the year's value; a fiscal year keeps its own rule."""

import pytest

from tests.conftest import date_rows

# (publication day, sentence, [(mention, first day, last day)], language): exactly these mentions.
CASES = [
    (
        "2019-11-20",
        "Turkish car exports were 12 percent higher a year ago this month, the exporters' assembly said.",
        [("a year ago this month", "2018-11-01", "2018-11-30")],
        "en",
    ),
    (
        "2015-06-10",
        "Two years ago this week, Greece and its lenders agreed on the bailout's first review.",
        [("Two years ago this week", "2013-06-10", "2013-06-16")],
        "en",
    ),
    (
        "2021-08-04",
        "Chile's copper output was lower a year ago this quarter, Cochilco said on Tuesday.",
        [("a year ago this quarter", "2020-07-01", "2020-09-30"), ("on Tuesday", "2021-08-03", "2021-08-03")],
        "en",
    ),
    (
        "2009-03-25",
        "KOPPEL: It was six months ago this month that the rupee began to slide. This week it steadied.",
        [("six months ago this month", "2008-09-01", "2008-09-30"), ("This week", "2009-03-23", "2009-03-29")],
        "en",
    ),
    (
        "2015-06-10",
        "Prices were higher a year ago. This month they fell again in Lagos.",
        [("a year ago", "2014-01-01", "2014-12-31"), ("This month", "2015-06-01", "2015-06-30")],
        "en",
    ),
    (
        "1998-05-12",
        "Malaysia's central bank said the year 2000 problem would not hit its payment systems by the year 1999.",
        [("the year 2000", "2000-01-01", "2000-12-31"), ("by the year 1999", "1999-01-01", "1999-12-31")],
        "en",
    ),
    (
        "2017-04-18",
        "Vietnamese rice exports to the Philippines rose in calendar year 2016, ahead of the target year 2020.",
        [("in calendar year 2016", "2016-01-01", "2016-12-31"), ("the target year 2020", "2020-01-01", "2020-12-31")],
        "en",
    ),
    (
        "2014-11-03",
        "Au cours de l'année 2015, 1 200 techniciens marocains seront formés en France.",
        [("l'année 2015", "2015-01-01", "2015-12-31")],
        "fr",
    ),
    (
        "2016-02-19",
        "En el año 2015 las exportaciones de Uruguay a China crecieron, y el año de 2016 empezó peor.",
        [("En el año 2015", "2015-01-01", "2015-12-31"), ("el año de 2016", "2016-01-01", "2016-12-31")],
        "es",
    ),
    (
        "2016-02-19",
        "No ano de 2015 as exportações angolanas para a Índia cresceram.",
        [("No ano de 2015", "2015-01-01", "2015-12-31")],
        "pt",
    ),
    (
        "2019-08-30",
        "Nepal's budget for the fiscal year 2019 was tabled; last year 2018 was a record for remittances.",
        [
            ("the fiscal year 2019", "2018-07-17", "2019-07-16"),
            ("last year", "2018-01-01", "2018-12-31"),
            ("2018", "2018-01-01", "2018-12-31"),
        ],
        "en",
    ),
    (
        "2002-04-11",
        "The 90-day deadline expires at midnight Friday; trading in Karachi was halted at noon Thursday.",
        [("midnight Friday", "2002-04-12", "2002-04-12"), ("noon Thursday", "2002-04-11", "2002-04-11")],
        "en",
    ),
]


@pytest.mark.parametrize(("pub", "text", "expected", "language"), CASES, ids=[c[1][:60] for c in CASES])
def test_span_of_the_date(pub, text, expected, language):
    assert date_rows(text, pub, language) == [(m, first, last) for m, first, last in expected]
