"""A month of a language that writes months in lower case is a month wherever it stands so, with no preposition
or day before it: the object or subject of a verb ('las reservas cerraron junio en', 'ont clôturé juin à',
'fecharam junho em', 'que septiembre traiga'); a capitalised one may be a name, and a shortening ('mar', 'set',
'out') is a word of its own (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2014, 7, 19)


def mentions(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB, (), language, "")]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Las reservas cerraron junio en 29.000 millones de dólares.", "es", ("junio", "2014-06-01", "2014-06-30")),
        ("El gobierno espera que septiembre traiga mejores cifras.", "es", ("septiembre", "2014-09-01", "2014-09-30")),
        ("La inflación de marzo fue baja, y abril la superó.", "es", ("abril", "2014-04-01", "2014-04-30")),
        ("Les réserves ont clôturé juin à 29 milliards de dollars.", "fr", ("juin", "2014-06-01", "2014-06-30")),
        ("Le ministère prévoit que septembre sera meilleur.", "fr", ("septembre", "2014-09-01", "2014-09-30")),
        ("As reservas fecharam junho em 29 bilhões de dólares.", "pt", ("junho", "2014-06-01", "2014-06-30")),
        ("O governo espera que setembro traga números melhores.", "pt", ("setembro", "2014-09-01", "2014-09-30")),
    ],
)
def test_a_lowercase_romance_month_alone_is_a_month(text, language, expected):
    assert expected in mentions(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Mayo Clinic abrió una sede en Madrid.", "es"),
        ("El buque cruzó el mar sin incidentes.", "es"),
        ("O ministro saiu da reunião e o set de medidas foi aprovado.", "pt"),
        ("Abril Rojas dirige la oficina comercial.", "es"),
    ],
)
def test_a_name_or_a_shortening_is_no_month(text, language):
    assert mentions(text, language) == []
