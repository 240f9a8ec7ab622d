"""`desde hace dos años`, `desde há três anos`: the span from then to now, a duration ("for two years"), no date, as
the spec has durations; the ago phrase alone (`hace dos años`, `il y a dix ans`) is still the year it names.
Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2012, 9, 14)


def texts(text, language):
    return [m.text for m in extract_dates(text, PUB, (), language)]


@pytest.mark.parametrize(
    "text,language",
    [
        ("La comisión mixta, que no se reunía desde hace tres años, sesionó en Lima.", "es"),
        ("El puente está cerrado desde hace dos meses por obras.", "es"),
        ("O acordo de pescas, em vigor desde há cinco anos, foi prorrogado.", "pt"),
    ],
)
def test_since_ago_is_no_date(text, language):
    assert [t for t in texts(text, language) if "hace" in t or "há" in t] == []


@pytest.mark.parametrize(
    "text,language,mention",
    [
        ("Hace tres años, el comercio bilateral era la mitad.", "es", "Hace tres años"),
        ("Há cinco anos, as exportações eram menores.", "pt", "Há cinco anos"),
        ("Il y a dix ans, les échanges étaient faibles.", "fr", "Il y a dix ans"),
    ],
)
def test_the_ago_phrase_alone_is_still_a_date(text, language, mention):
    assert mention in texts(text, language)
