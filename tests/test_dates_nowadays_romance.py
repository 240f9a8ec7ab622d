"""`hoy`, `aujourd'hui` and `hoje` in the sense of nowadays are no dates, as `today` is not (`hoy en día`,
`le monde d'aujourd'hui`, `até hoje`, `Hoy las relaciones son ...`); the day itself still is. Sentences written
for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 5, 8)


def texts(text: str, language: str) -> list[str]:
    return [d.text for d in extract_dates(text, PUB, (), language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hoy en día, el comercio entre ambos países supera los mil millones.", "es"),
        ("La China de hoy invierte en todo el continente.", "es"),
        ("Hoy las relaciones entre Chile y Perú son excelentes.", "es"),
        ("Le monde d'aujourd'hui exige plus de coopération.", "fr"),
        ("Aujourd'hui, les deux pays entretiennent des liens étroits.", "fr"),
        ("O acordo continua em vigor até hoje.", "pt"),
        ("Hoje em dia, os dois países mantêm laços estreitos.", "pt"),
    ],
)
def test_nowadays_is_no_date(text, language):
    assert texts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El presidente firmó hoy el acuerdo en Lima.", "es"),
        ("Le ministre arrive aujourd'hui à Dakar.", "fr"),
        ("Hoje é um dia histórico para os dois países.", "pt"),
        ("O primeiro-ministro participa a partir de hoje no fórum de Pequim.", "pt"),  # from today on
        ("La tarifa rige a partir de hoy en todos los puertos.", "es"),
        ("La mesure s'applique à partir d'aujourd'hui aux importations.", "fr"),
        ("Según los diarios de hoy, los dos cancilleres hablaron por teléfono.", "es"),  # today's papers
        ("Les journaux d'aujourd'hui citent le ministre.", "fr"),
        ("Os jornais de hoje noticiam o acordo.", "pt"),
    ],
)
def test_the_day_itself_is_a_date(text, language):
    found = extract_dates(text, PUB, (), language)
    assert [(d.date_start, d.granularity) for d in found] == [(PUB, "day")]
