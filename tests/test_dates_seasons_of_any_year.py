"""A season named in a sentence of what happens as a rule (`habitual` of date_cues.csv: usually, typically,
traditionally, every year; suele, généralement, costuma) is that time of any year, no date (TIMEX3 leaves it
unannotated or a SET); the same season in a sentence of one event stays a date. Sentences written for these tests,
from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 1, 15)

ANY_YEAR = [
    ("en", "In the summer, temperatures in Jacobabad usually pass 48 degrees."),
    ("en", "Demand for Turkmen gas in northern Iran typically peaks in the winter."),
    ("en", "Nepali farmers traditionally plant paddy in the summer and harvest it in the autumn."),
    ("en", "Every year, Mongolian herders lose livestock in the winter to the dzud."),
    ("en", "Cruise ships from Argentina generally reach Ushuaia in the summer."),
    ("en", "Power cuts in Kabul tend to worsen in the winter, when imports from Uzbekistan fall."),
    ("es", "En el invierno, la demanda de gas en Santiago suele duplicarse."),
    ("fr", "La consommation d'électricité au Maroc culmine généralement en été."),
    ("pt", "O caudal do rio Zambeze costuma subir no verão."),
]


@pytest.mark.parametrize(("language", "text"), ANY_YEAR)
def test_a_season_of_what_happens_as_a_rule_is_no_date(language, text):
    assert extract_dates(text, PUB, language=language) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Korean foreign minister will visit Hanoi in the autumn.", "2019-09-01"),
        ("The first Ethiopian cargo reached Djibouti in the summer, the port said.", "2018-06-01"),
        ("Uzbekistan expects to sign the deal with Kazakhstan before the summer.", "2019-06-01"),
    ],
)
def test_a_season_of_one_event_stays_a_date(text, start):
    assert [str(d.date_start) for d in extract_dates(text, PUB)] == [start]


def test_a_season_ahead_after_a_clause_of_every_year_stays_a_date():
    text = "Desde 2010 ambos gobiernos celebran una cumbre cada año; la próxima será en primavera."
    assert [str(d.date_start) for d in extract_dates(text, PUB, language="es")][-1:] == ["2019-03-01"]


def test_a_season_said_ahead_in_a_sentence_of_every_year_stays_a_date():
    text = "The Kazakh and Kyrgyz ministers meet every year and will meet next in the spring."
    assert [str(d.date_start) for d in extract_dates(text, PUB)] == ["2019-03-01"]
