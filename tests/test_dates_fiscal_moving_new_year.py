"""A fiscal year that follows a local calendar whose new year moves across the common one: Nepal's runs from
Shrawan 1, which falls on 15, 16 or 17 July by the year (`fiscal_year_starts.csv`), and ends the day before the
next one's. Sentences written for these tests, in several outlets' styles and languages."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date, language: str = "en") -> dict[str, tuple[str, str]]:
    return {
        d.text: (d.date_start.isoformat(), d.date_end.isoformat())
        for d in extract_dates(text, pub, language=language)
        if d.date_start
    }


@pytest.mark.parametrize(
    ("text", "pub", "language", "mention", "expected"),
    [
        (
            "KATHMANDU — Nepal's trade deficit widened to Rs 1.4 trillion in fiscal year 2016/17, customs data show.",
            date(2017, 9, 3),
            "en",
            "fiscal year 2016/17",
            ("2016-07-16", "2017-07-15"),
        ),
        (
            "Nepal Rastra Bank said remittance inflows rose 8 percent in the last fiscal year.",
            date(2018, 8, 30),
            "en",
            "the last fiscal year",
            ("2017-07-16", "2018-07-16"),
        ),
        (
            "Nepal's government has spent barely a fifth of its capital budget so far in the current fiscal year,"
            " the Financial Comptroller General Office in Kathmandu said.",
            date(2011, 11, 20),
            "en",
            "the current fiscal year",
            ("2011-07-17", "2012-07-15"),
        ),
        (
            "Le Népal a reçu 1,2 milliard de roupies d'aide indienne au cours de l'exercice 2019/20, selon Katmandou.",
            date(2020, 9, 1),
            "fr",
            "l'exercice 2019/20",
            ("2019-07-17", "2020-07-15"),
        ),
        (
            "Las exportaciones de Nepal a la India crecieron en el año fiscal 2023/24, según Katmandú.",
            date(2024, 9, 5),
            "es",
            "el año fiscal 2023/24",
            ("2023-07-17", "2024-07-15"),
        ),
        (
            "O Nepal prevê crescimento de 6% no ano fiscal 2080/81, disse o ministro das Finanças em Katmandu.",
            date(2023, 6, 1),
            "pt",
            "ano fiscal 2080/81",
            ("2023-07-17", "2024-07-15"),
        ),
    ],
)
def test_a_nepali_fiscal_year_runs_from_its_own_shrawan_1(text, pub, language, mention, expected):
    got = found(text, pub, language)
    assert any(mention in key and value == expected for key, value in got.items()), got


def test_a_stated_end_on_the_day_the_year_began_is_the_end():
    text = "Nepal's tea exports reached Rs 3 billion in fiscal year 2078/79, which ended on July 16, traders said."
    assert found(text, date(2022, 9, 1))["on July 16"] == ("2022-07-16", "2022-07-16")
