"""Spanish verbs whose future drops a vowel (`podrá`, `tendrán`, `habrá`) speak of the future: a month said after
one lies ahead (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


@pytest.mark.parametrize(
    "text",
    [
        "El canciller dijo que la empresa podrá exportar carne a China a partir de noviembre.",
        "Según el acuerdo, las dos partes tendrán que presentar un informe en noviembre.",
        "El ministro anunció que habrá una nueva ronda de negociaciones en noviembre.",
    ],
)
def test_a_month_after_an_irregular_future_lies_ahead(text):
    found = extract_dates(text, date(2017, 8, 9), language="es")
    assert [(d.date_start, d.date_end) for d in found] == [(date(2017, 11, 1), date(2017, 11, 30))]
