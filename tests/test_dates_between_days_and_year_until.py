"""A span of days led by `between` and joined by `and` ('between June 23 and July 27', 'between 12 September and 3
October', 'entre el 3 de marzo y el 9 de abril'), and a year then `until` a year without `from`, which says two
years ('extended in 2010 until 2044': when, and until when), while 'from 2015 until 2035' and '2021 to 2025' stay
spans. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2012-08-10",
            "en",
            "The polls, held between June 23 and July 27, cost A$30 million.",
            {("between June 23 and July 27", d("2012-06-23"), d("2012-07-27"))},
        ),
        (
            "2019-11-02",
            "en",
            "The exhibition ran between 12 September and 3 October in Lagos.",
            {("between 12 September and 3 October", d("2019-09-12"), d("2019-10-03"))},
        ),
        (
            "2021-05-02",
            "en",
            "Talks were held between March 3 and April 11, 2021 in Doha.",
            {("between March 3 and April 11, 2021", d("2021-03-03"), d("2021-04-11"))},
        ),
        (
            "2016-02-20",
            "en",
            "The drills will take place between March 1 and March 9 off the coast.",
            {("between March 1 and March 9", d("2016-03-01"), d("2016-03-09"))},
        ),
        (
            "2018-10-01",
            "en",
            ("The visa-free regime was tested from August 14 to September 20 at three border posts."),
            {("from August 14 to September 20", d("2018-08-14"), d("2018-09-20"))},
        ),
        (
            "2018-08-25",
            "es",
            "La delegación visitará Lima el martes y miércoles.",
            {("el martes y miércoles", d("2018-08-28"), d("2018-08-29"))},
        ),
        (
            "2016-10-03",
            "es",
            "Las exportaciones cayeron entre enero y agosto, según el ministerio.",
            {("entre enero y agosto", d("2016-01-01"), d("2016-08-31"))},
        ),
        (
            "2014-06-10",
            "fr",
            "Le forum s'est tenu du 2 au 4 juin à Dakar.",
            {("du 2 au 4 juin", d("2014-06-02"), d("2014-06-04"))},
        ),
        (
            "2014-09-10",
            "fr",
            ("Les échanges ont progressé entre janvier et juillet, selon les douanes."),
            {("entre janvier et juillet", d("2014-01-01"), d("2014-07-31"))},
        ),
        (
            "2019-12-01",
            "pt",
            "As exportações cresceram entre março e outubro, segundo o ministério.",
            {("entre março e outubro", d("2019-03-01"), d("2019-10-31"))},
        ),
        (
            "2014-04-09",
            "en",
            "The lease of the base was extended in 2010 until 2044.",
            {("in 2010", d("2010-01-01"), d("2010-12-31")), ("until 2044", d("2044-01-01"), d("2044-12-31"))},
        ),
        (
            "2019-03-01",
            "en",
            ("The concession was renewed in 2015 until 2035, the port authority said."),
            {("in 2015", d("2015-01-01"), d("2015-12-31")), ("until 2035", d("2035-01-01"), d("2035-12-31"))},
        ),
        (
            "2019-03-01",
            "en",
            "The mandate runs from 2015 until 2035.",
            {("from 2015 until 2035", d("2015-01-01"), d("2035-12-31"))},
        ),
        ("2019-03-01", "en", "The plan covers 2021 to 2025.", {("2021 to 2025", d("2021-01-01"), d("2025-12-31"))}),
        (
            "2019-03-01",
            "es",
            "El contrato fue prorrogado en 2016 hasta 2030.",
            {("en 2016", d("2016-01-01"), d("2016-12-31")), ("hasta 2030", d("2030-01-01"), d("2030-12-31"))},
        ),
        (
            "2013-02-10",
            "es",
            ("Las maniobras se harán entre el 3 de marzo y el 9 de abril frente a Valparaíso."),
            {("entre el 3 de marzo y el 9 de abril", d("2013-03-03"), d("2013-04-09"))},
        ),
        (
            "2016-02-10",
            "fr",
            ("Les élections auront lieu entre le 28 février et le 6 mars dans tout le pays."),
            {("entre le 28 février et le 6 mars", d("2016-02-28"), d("2016-03-06"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
