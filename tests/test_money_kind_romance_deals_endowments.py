"""Kind of a deal valued and of a programme endowed with a sum, as Spanish, French and Portuguese word them:
both committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le nouveau programme spatial, doté de 2 milliards d'euros, sera présenté en mai.", "fr"),
        ("El plan de vivienda, dotado de 900 millones de euros, se aprobará en junio.", "es"),
        ("A fabricante fechou a venda de 20 jatos à companhia, negócio avaliado em US$ 1 bilhão.", "pt"),
        ("La empresa cerró la venta de 12 trenes, un negocio valorado en 600 millones de euros.", "es"),
    ],
)
def test_deals_valued_and_programmes_endowed_are_committed(text, language):
    assert [m.kind for m in extract_money(text, language=language)] == ["commitment"]
