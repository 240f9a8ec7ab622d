"""A split year right before or after a noun of an event, a season or a school year that no budget counts (`the
2010-11 series`, `the 1990-91 Gulf crisis`, `the 2023-24 season`, `the academic year 2017-18`, `la campagne
2005-2006`, `la temporada 2012-2013`, `a safra 2020/21`) is a plain span of its two years, even in an article on a
state that writes fiscal years so; a bare split year with money stays that state's fiscal year. `split_year_event` of
date_cues.csv. Sentences written for these tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2012, 9, 12)

EVENTS = [
    ("en", "Pakistan hosted the 2010-11 series against Sri Lanka in the United Arab Emirates.", "2010-11", 2010),
    ("en", "India's Ranji Trophy champions of the 2011-12 season toured Bangladesh.", "2011-12", 2011),
    ("en", "The 2012-13 session of the UN General Assembly opens in New York next week.", "2012-13", 2012),
    ("en", "Kenyan universities admitted 40,000 students for the 2011-12 academic year.", "2011-12", 2011),
    ("en", "Australian wheat exports to Egypt recovered after the 2006-07 drought.", "2006-07", 2006),
    ("en", "Egypt's tourism has not recovered from the 2010-11 uprising and the 2011-12 unrest.", "2011-12", 2011),
    ("en", "Kuwait's reconstruction after the 1990-91 Gulf war cost billions.", "1990-91", 1990),
    ("en", "Bangladesh's jute output in the 2011-12 harvest fell in Khulna.", "2011-12", 2011),
    ("en", "Ethiopia hosted the 2008-09 edition of the African Nations Championship.", "2008-09", 2008),
    ("en", "In the academic year 2010-11 Malaysia took 1,200 students from Iraq.", "2010-11", 2010),
    ("es", "Argentina exportó más soja a China en la campaña 2010-2011.", "2010-2011", 2010),
    ("es", "La temporada 2011-2012 de la liga chilena terminó en mayo.", "2011-2012", 2011),
    ("fr", "Le Sénégal a exporté plus d'arachide pendant la campagne 2010-2011.", "2010-2011", 2010),
    (
        "fr",
        "L'université de Dakar a accueilli 300 étudiants gabonais pour l'année universitaire 2011-2012.",
        "2011-2012",
        2011,
    ),
    ("pt", "As exportações de café do Brasil para o Japão cresceram na safra 2011/12.", "2011/12", 2011),
]


@pytest.mark.parametrize(("language", "text", "mention", "first"), EVENTS)
def test_a_split_year_of_an_event_is_a_span_of_its_years(language, text, mention, first):
    got = [(d.text, d.date_start, d.date_end) for d in extract_dates(text, PUB, language=language)]
    assert any(mention in t and (s, e) == (date(first, 1, 1), date(first + 1, 12, 31)) for t, s, e in got), got


PAK_FY, IND_FY = (date(2010, 7, 1), date(2011, 6, 30)), (date(2011, 4, 1), date(2012, 3, 31))
MONEY = [
    ("en", "Pakistan spent Rs 120 billion on power subsidies in 2010-11.", "2010-11", PAK_FY),
    ("en", "India allotted Rs 5,000 crore for 2011-12 to the railways.", "2011-12", IND_FY),
]


@pytest.mark.parametrize(("language", "text", "mention", "interval"), MONEY)
def test_a_split_year_of_money_stays_a_fiscal_year(language, text, mention, interval):
    got = [(d.text, d.date_start, d.date_end) for d in extract_dates(text, PUB, language=language)]
    assert any(mention in t and (s, e) == interval for t, s, e in got), got
