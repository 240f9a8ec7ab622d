"""The IMF named in full lends, as its initials do; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The International Monetary Fund approved an arrangement of about $310 million for Ruritania.", "en"),
        ("El Fondo Monetario Internacional aprobó un programa de 500 millones de dólares para Freedonia.", "es"),
    ],
)
def test_the_monetary_fund_named_in_full_lends(text, language):
    assert extract_money(text, language=language)[0].subject == "loan"
