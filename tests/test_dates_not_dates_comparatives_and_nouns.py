"""No date: a delay or advance against a plan ('two years later than planned', 'six months earlier than
scheduled'), and a day word used as a noun after an article ('not a tomorrow problem', 'el mañana', 'o amanhã')
(sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2016, 4, 7)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The port will open in 2019, three years later than first promised.", "en"),
        ("The dam was finished six months earlier than scheduled.", "en"),
        ("\u201cDrought is not a tomorrow problem for us,\u201d the minister said.", "en"),
        ("Los jóvenes piensan en el mañana de la región.", "es"),
        ("O acordo prepara o amanhã das duas economias.", "pt"),
    ],
)
def test_no_date(text, language):
    found = [d.text for d in extract_dates(text, PUB, language=language)]
    assert not any(w in t for t in found for w in ("later", "earlier", "tomorrow", "mañana", "amanhã"))


def test_a_span_after_a_date_is_still_one():
    found = [(d.text, d.date_start) for d in extract_dates("The mill opened in 2009 and shut three years later.", PUB)]
    assert ("three years later", date(2012, 1, 1)) in found
