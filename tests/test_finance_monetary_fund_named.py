"""The International Monetary Fund lends to states in need, so its work named in full ("talks with the International
Monetary Fund", "recibirá del Fondo Monetario Internacional") is finance, as its acronym already is; quoted as a
source of figures ("according to the International Monetary Fund") it reports no lending. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Accra is negotiating with the International Monetary Fund and hopes to reach a deal by June.", "en"),
        ("The minister asked whether the International Monetary Fund would step in with support.", "en"),
        ("Ecuador recibirá 700 millones de dólares del Fondo Monetario Internacional la próxima semana.", "es"),
        ("Le Niger a conclu un nouveau programme avec le Fonds monétaire international mardi.", "fr"),
        ("Moçambique retomou as conversações com o Fundo Monetário Internacional em Maputo.", "pt"),
    ],
)
def test_the_monetary_fund_at_work_is_finance(text: str, language: str) -> None:
    assert "finance" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "According to the International Monetary Fund, growth in the region will slow to 2 percent this year.",
        "The International Monetary Fund said inflation would ease, a spokesman told reporters.",
    ],
)
def test_the_monetary_fund_as_a_source_is_no_finance(text: str) -> None:
    assert "finance" not in sectors_of(text)
