"""`today` inside a quotation is the day the words were spoken: the latest day the report names before it in the
week up to publication, even when other dates (a year, an earlier day) come between (texts written for the
class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date, language: str = "en") -> dict[str, str]:
    return {d.text: str(d.date_start) for d in extract_dates(text, pub, (), language)}


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        (
            "The envoy said on Tuesday that the credit line, approved on Monday, would fund clinics built since "
            ' 2015.\n\n"Our partnership began in 1994, and today we open a new chapter," he told reporters.',
            "en",
            "2023-03-07",
        ),
        (
            "Los ministros firmaron este jueves un acuerdo de pesca que regirá entre 2024 y 2026.\n\n"
            '"Hoy damos un paso concreto para nuestras flotas", dijo el canciller.',
            "es",
            "2023-03-09",
        ),
    ],
)
def test_a_quoted_today_is_the_day_the_words_were_said(text, language, spoken):
    assert found(text, date(2023, 3, 10), language)[next(w for w in ("today", "Hoy") if w in text)] == spoken


def test_today_outside_a_quotation_is_the_publication_day():
    text = "The envoy arrived on Tuesday for talks that end in 2024. The two sides meet again today."
    assert found(text, date(2023, 3, 10))["today"] == "2023-03-10"
