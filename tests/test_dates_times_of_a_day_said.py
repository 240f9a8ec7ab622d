"""A time of a day already said is no new date, as a clock time is not: `earlier in the day`, `later that day`,
`the same day`, in English as in Spanish, French and Portuguese; a week, month or year so said, and the day after
or before one, stay dates (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 3, 12)


def mentions(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(d.text, str(d.date_start)) for d in extract_dates(text, PUB, (), language, "")]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Earlier in the day, the foreign minister received the envoy.", "en", []),
        ("The two leaders spoke by phone later in the day.", "en", []),
        ("Later that day the delegation flew on to Rome.", "en", []),
        ("The delegation arrived early in the day and left at noon.", "en", []),
        ("The talks opened on Monday. On the same day, the bank cut rates.", "en", [("on Monday", "2021-03-08")]),
        ("The trade accord was signed the same day.", "en", []),
        ("Plus tôt dans la journée, le ministre a reçu l'ambassadeur.", "fr", []),
        ("El mismo día, el banco central subió las tasas.", "es", []),
        ("No mesmo dia, o ministro visitou a fábrica.", "pt", []),
    ],
)
def test_a_time_of_a_day_said_is_no_date(text, language, expected):
    assert mentions(text, language) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Earlier in the year, exports to Chile fell.", "en", [("Earlier in the year", "2021-01-01")]),
        ("Later that week, the envoy returned to Lima.", "en", [("Later that week", "2021-03-08")]),
        (
            "The talks opened on Monday and resumed the following day.",
            "en",
            [("on Monday", "2021-03-08"), ("the following day", "2021-03-09")],
        ),
        (
            "La reunión fue el lunes y al día siguiente firmaron.",
            "es",
            [("el lunes", "2021-03-08"), ("al día siguiente", "2021-03-09")],
        ),
    ],
)
def test_a_period_so_said_and_the_day_after_stay_dates(text, language, expected):
    assert mentions(text, language) == expected
