"""The formula that closes or opens signed declarations and minutes in Spanish and Portuguese, with the day,
month and year in words or digits ('a los veinte días del mes de octubre de dos mil trece', 'aos trinta dias do
mês de junho de 2009') is one day (sentences written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Suscrito en Asunción, a los veinte días del mes de octubre de dos mil trece, en dos originales.",
            "es",
            date(2013, 10, 20),
        ),
        ("Firmada en Quito a los 3 días del mes de abril del año 2012.", "es", date(2012, 4, 3)),
        ("Assinado em Luanda, aos trinta dias do mês de junho de 2009, em dois exemplares.", "pt", date(2009, 6, 30)),
        ("Feito em Maputo, aos vinte e dois dias do mês de agosto de dois mil e dezoito.", "pt", date(2018, 8, 22)),
    ],
)
def test_the_formula_is_one_day(text, language, expected):
    found = [(d.date_start, d.date_end) for d in extract_dates(text, date(2019, 1, 1), language=language)]
    assert found == [(expected, expected)]
