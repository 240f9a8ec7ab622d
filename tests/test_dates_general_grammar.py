"""General date grammar of news English and its Romance counterparts, on sentences written for these tests:
weekdays and months by tense, bare seasons, the preposition a mention is said with, the state whose fiscal year
counts, and years said relative to another date."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub, language="en"):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub, language=language)]


def day(y, m, d):
    return date(y, m, d), date(y, m, d)


def month(y, m):
    last = (date(y + m // 12, m % 12 + 1, 1) - date.resolution) if m < 12 else date(y, 12, 31)
    return date(y, m, 1), last


def year(y):
    return date(y, 1, 1), date(y, 12, 31)


# Weekdays: the tense word far back, a span running until a day, a weekday written with its date, titles
@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # a past verb cut by the edge of the near window still counts (not the `hope to` further back)
        (
            "Growers in the valley hope to double their yields, Otieno told a meeting of the Association of "
            "Horticultural Produce Exporters and Flower Growers on Monday.",
            date(2019, 3, 5),
            [("on Monday", *day(2019, 3, 4))],
        ),
        # a span that runs until a weekday, said in the present, runs ahead
        (
            "The two ministers co-chair the talks, which continue until Thursday.",
            date(2021, 6, 1),
            [("until Thursday", *day(2021, 6, 3))],
        ),
        # a weekday written with its date: the year where that date falls on that weekday
        (
            "Parliament reconvenes on Wednesday, January 9.",
            date(2018, 12, 20),
            [("on Wednesday, January 9", *day(2019, 1, 9))],
        ),
        # a passive with an adverb is still the future of its auxiliary
        (
            "The minister said the terminal will be officially inaugurated on Tuesday.",
            date(2017, 8, 23),
            [("on Tuesday", *day(2017, 8, 29))],
        ),
        # a title's abbreviation does not end the sentence
        (
            "The envoy will call on the Rt. Hon. Speaker and Lt. Gen. Rana on Thursday before flying home.",
            date(2019, 8, 21),
            [("on Thursday", *day(2019, 8, 22))],
        ),
    ],
)
def test_weekdays(text, pub, expected):
    assert found(text, pub) == expected


# Months and seasons without a year: modals, conditionals, proposals, `since`, `next MONTH`, bare seasons
@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "Officials said direct flights could restart in February.",
            date(2017, 12, 12),
            "en",
            [("in February", *month(2018, 2))],
        ),
        (
            "A delegation of investors is expected in the capital next April.",
            date(2005, 3, 17),
            "en",
            [("next April", *month(2005, 4))],
        ),
        (
            "He proposed to open a consulate in spring.",
            date(2008, 7, 30),
            "en",
            [("in spring", date(2009, 3, 1), date(2009, 5, 31))],
        ),
        (
            "The joint commission is scheduled to meet for autumn in the capital.",
            date(2014, 6, 5),
            "en",
            [("for autumn", date(2014, 9, 1), date(2014, 11, 30))],
        ),
        (
            "Bookings are expected to grow over the winter season.",
            date(2019, 10, 16),
            "en",
            [("over the winter season", date(2019, 12, 1), date(2020, 2, 29))],
        ),
        (
            "La firma del contrato podría producirse en primavera.",
            date(2025, 2, 26),
            "es",
            [("en primavera", date(2025, 3, 1), date(2025, 5, 31))],
        ),
        (
            "El ministro, en el cargo desde marzo, viajará a Pekín.",
            date(2018, 5, 14),
            "es",
            [("desde marzo", *month(2018, 3))],
        ),
    ],
)
def test_months_and_seasons_by_tense(text, pub, language, expected):
    assert found(text, pub, language) == expected


# A year or month keeps the preposition it is said with, so the same year said two ways is two mentions
def test_mention_keeps_its_preposition():
    text = "Output grew from 2022 and will peak by 2026; the 2022 level was low, as it was in 2021."
    assert [m[0] for m in found(text, date(2023, 5, 1))] == ["from 2022", "by 2026", "2022", "in 2021"]


# The state whose budget counts: any state the article names, not only those with a fiscal year of their own
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Guyana signed the loan on Friday. Guyana will repay it over 25 years, and Guyana's roads need it. The "
            "ministry said the counterpart funds are in the budget for fiscal year 2020. A UK grant covers the bridge.",
            ("fiscal year 2020", *year(2020)),
        ),
        (
            "Cabo Verde will use the loan for its reform programme for 2016-2017, the bank said. Cabo Verde's "
            "tourists, who keep Cabo Verde's hotels full, come mostly from the United Kingdom.",
            ("2016-2017", date(2016, 1, 1), date(2017, 12, 31)),
        ),
    ],
)
def test_fiscal_year_of_the_named_state(text, expected):
    assert expected in found(text, date(2023, 9, 1))


def test_fiscal_year_of_a_state_named_in_french():
    text = "Le déficit d'Haïti pour l'exercice 2019-2020 pourrait dépasser 6 % du PIB."
    assert ("l'exercice 2019-2020", date(2019, 10, 1), date(2020, 9, 30)) in found(text, date(2020, 4, 17), "fr")


# Years said relative to another date
@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "In January-April of this year trade doubled.",
            date(2022, 6, 2),
            "en",
            ("January-April of this year", date(2022, 1, 1), date(2022, 4, 30)),
        ),
    ],
)
def test_years_relative_to_another(text, pub, language, expected):
    assert expected in found(text, pub, language)


def test_a_year_earlier_than_an_unknown_year_stays_unknown():
    text = "The dam is due in 2026. Sales rose in the last fiscal year, up sharply from a year earlier."
    assert ("a year earlier", None, None) in found(text, None)
