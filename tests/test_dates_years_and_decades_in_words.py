"""Years and decades written in words: the twenty-first century's years said as two numbers (`twenty twenty-five`),
a year in words opening a sentence or after more prepositions, the nineteen-eighties, and Spanish, French and
Portuguese decades (`la década de los noventa`, `les années soixante`, `os anos 80`); sentences written for
these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 3, 10)


def values(text: str, language: str = "en") -> list[tuple[str, str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end), d.granularity) for d in extract_dates(text, PUB, (), language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We want the bridge finished before twenty twenty-six," the minister said.',
            ("before twenty twenty-six", "2026-01-01", "2026-12-31", "year"),
        ),
        (
            "Nineteen ninety-seven was a year of crisis for the region.",
            ("Nineteen ninety-seven", "1997-01-01", "1997-12-31", "year"),
        ),
        ("Traffic should double after twenty thirty.", ("after twenty thirty", "2030-01-01", "2030-12-31", "year")),
        ("Twenty nineteen saw record exports.", ("Twenty nineteen", "2019-01-01", "2019-12-31", "year")),
        (
            "In the nineteen eighties the country borrowed heavily.",
            ("the nineteen eighties", "1980-01-01", "1989-12-31", "decade"),
        ),
    ],
)
def test_years_and_decades_in_english_words(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Twenty five ministers attended the meeting.",
        "A convoy of twenty trucks crossed the border.",
        "Nineteen soldiers were wounded.",
    ],
)
def test_counts_in_words_are_no_years(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Desde la década de los noventa, el comercio creció.", "es", ("la década de los noventa", "1990")),
        ("Los años ochenta fueron difíciles para la región.", "es", ("años ochenta", "1980")),
        ("Depuis les années soixante, les deux pays coopèrent.", "fr", ("les années soixante", "1960")),
        ("Les années 1990 ont vu naître le projet.", "fr", ("années 1990", "1990")),
        ("Nos anos 80 o país dependia do petróleo.", "pt", ("anos 80", "1980")),
    ],
)
def test_romance_decades(text, language, expected):
    found = values(text, language)
    first = int(expected[1])
    assert len(found) == 1 and expected[0] in found[0][0]
    assert found[0][1:] == (f"{first}-01-01", f"{first + 9}-12-31", "decade")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a year, month or day counted from the date said before it
        ("Las ventas llegaron a 300 millones en 2015, frente a 250 millones el año anterior.", "es", "2014-01-01"),
        ("Le projet a été lancé en 2016 et achevé l'année suivante.", "fr", "2017-01-01"),
        ("O acordo foi assinado em março de 2018 e ratificado no mês seguinte.", "pt", "2018-04-01"),
    ],
)
def test_romance_years_and_months_after_the_date_before(text, language, expected):
    assert str(extract_dates(text, PUB, (), language)[-1].date_start) == expected
