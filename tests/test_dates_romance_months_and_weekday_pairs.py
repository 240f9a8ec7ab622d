"""Spanish, French and Portuguese months and weekdays, in sentences written for these tests: a month after
`para`, `antes de`, `a partir de`, `jusqu'en` or `dès`; the close of a month (`al cierre de`, `no fecho de`); a
month capitalised as Portuguese long wrote it (`em Novembro`), but not a place named after one (`RIO DE
JANEIRO`, `Plaza de Mayo`); two weekdays that follow each other, joined by `y`, `e` or `et`, one span."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date, language: str) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "language", "mention", "month"),
    [
        ("La segunda cuota está prevista para noviembre, según el ministerio.", "es", "para noviembre", "11"),
        ("El puerto no abrirá antes de diciembre.", "es", "antes de diciembre", "12"),
        ("Les vols reprendront dès novembre.", "fr", "dès novembre", "11"),
        ("Les travaux dureront jusqu'en décembre.", "fr", "jusqu'en décembre", "12"),
        ("A primeira parcela será paga a partir de novembro.", "pt", "a partir de novembro", "11"),
    ],
)
def test_a_month_after_a_romance_preposition(text, language, mention, month):
    assert found(text, date(2021, 9, 14), language) == [(mention, f"2021-{month}-01", found_end(month))]


def found_end(month: str) -> str:
    return {"11": "2021-11-30", "12": "2021-12-31"}[month]


def test_the_close_of_a_month_is_the_month():
    text = "Los depósitos del banco sumaban al cierre de agosto unos 9.000 millones de pesos."
    assert found(text, date(2021, 9, 14), "es") == [("al cierre de agosto", "2021-08-01", "2021-08-31")]


def test_a_portuguese_month_written_with_a_capital_is_a_month():
    text = "O Presidente angolano deslocou-se a Lisboa em Julho para a cimeira."
    assert found(text, date(2021, 9, 14), "pt") == [("em Julho", "2021-07-01", "2021-07-31")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("SÃO PAULO / RIO DE JANEIRO - Os dois bancos assinaram o contrato.", "pt"),
        ("Miles de personas marcharon hasta la Plaza de Mayo.", "es"),
    ],
)
def test_a_place_named_after_a_month_is_no_date(text, language):
    assert found(text, date(2021, 9, 14), language) == []


@pytest.mark.parametrize(
    ("text", "language", "mention"),
    [
        ("Los cancilleres se reunieron el jueves y viernes en Lima.", "es", "el jueves y viernes"),
        ("Les délégations ont négocié jeudi et vendredi à Genève.", "fr", "jeudi et vendredi"),
    ],
)
def test_two_weekdays_that_follow_each_other_are_one_span(text, language, mention):
    assert found(text, date(2021, 9, 14), language) == [(mention, "2021-09-09", "2021-09-10")]
