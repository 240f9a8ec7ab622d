"""Days that end a fiscal year in Spanish, French and Portuguese, a fiscal year that starts on a day other than
the first of a month, and the tense of a past participle with its agent, a past verb after a noun subject and an
awaited visit in Romance languages; on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text: str, pub: date, language: str = "en", fallback: str = "") -> list[tuple[str, str, str]]:
    found = extract_dates(text, pub, (), language, fallback_fiscal_calendar=fallback)
    return [(d.text, str(d.date_start), str(d.date_end)) for d in found]


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # Ethiopia's fiscal year runs from 8 July: the day it ended is in the second of its years
        (
            "Ethiopia's 2019/20 budget year, which ended on July 7, closed with a wider deficit.",
            date(2020, 7, 20),
            "en",
            [("2019/20 budget year", "2019-07-08", "2020-07-07"), ("on July 7", "2020-07-07", "2020-07-07")],
        ),
        # the day a Romance sentence says a fiscal year ends on is the last day of that fiscal year
        (
            "Le déficit du Canada pour l'exercice 2021-2022, qui s'achève le 31 mars, sera réduit.",
            date(2021, 11, 10),
            "fr",
            [("l'exercice 2021-2022", "2021-04-01", "2022-03-31"), ("le 31 mars", "2022-03-31", "2022-03-31")],
        ),
        (
            "Australia prevé un superávit en el año fiscal 2022-2023, que termina el 30 de junio.",
            date(2022, 9, 1),
            "es",
            [("el año fiscal 2022-2023", "2022-07-01", "2023-06-30"), ("el 30 de junio", "2023-06-30", "2023-06-30")],
        ),
    ],
)
def test_the_day_a_fiscal_year_ends(text, pub, language, expected):
    assert values(text, pub, language) == expected


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # a participle with its agent before the date is a past act, whatever the main verb's tense
        (
            "The loan, approved by the board in March, will fund two ports.",
            date(2021, 6, 10),
            "en",
            ("in March", "2021-03-01", "2021-03-31"),
        ),
        # a regular past verb after a noun subject with its determiner
        (
            "Both sides agreed to resume talks, a month after the court ruled on the dispute in May.",
            date(2019, 6, 20),
            "en",
            ("in May", "2019-05-01", "2019-05-31"),
        ),
        # an awaited visitor comes later
        (
            "O ministro é esperado em Maputo em outubro.",
            date(2015, 3, 1),
            "pt",
            ("em outubro", "2015-10-01", "2015-10-31"),
        ),
        (
            "La delegación es esperada en Lima en agosto.",
            date(2016, 5, 1),
            "es",
            ("en agosto", "2016-08-01", "2016-08-31"),
        ),
        (
            "Le ministre est attendu à Dakar en septembre.",
            date(2017, 2, 1),
            "fr",
            ("en septembre", "2017-09-01", "2017-09-30"),
        ),
    ],
)
def test_the_tense_of_participles_and_awaited_visits(text, pub, language, expected):
    assert values(text, pub, language) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intent far back in a long sentence keeps its verb where the near window starts
        (
            "The two ministers agreed to convene the first meeting of the joint economic and trade commission in "
            "the capital in the second half of the year.",
            ("the second half of the year", "2012-07-01", "2012-12-31"),
        ),
        (
            "Both governments decided to open the long-awaited consular office of the northern border province "
            "in the port city in September.",
            ("in September", "2012-09-01", "2012-09-30"),
        ),
    ],
)
def test_an_intent_far_back_points_ahead(text, expected):
    assert values(text, date(2012, 6, 14)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal, cleared by regulators in May, will take effect in the autumn.",
            ("in May", "2012-05-01", "2012-05-31"),
        ),
        (
            "The scheme, quietly backed by the lenders in April, would let farmers borrow more.",
            ("in April", "2012-04-01", "2012-04-30"),
        ),
    ],
)
def test_a_participle_with_its_agent_after_a_comma_is_past(text, expected):
    assert values(text, date(2012, 6, 14))[0] == expected
