"""A bank that pays for works lends the money, finance: also when it is the agent of a passive verb ("financed by the
Exim Bank"). Funds named for development and export credit agencies are lenders though their names bear no bank's
word. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Lusaka bypass is financed mostly by the Development Bank of Southern Africa, the ministry said.", "en"),
        ("La carretera a Cobija será financiada por el Banco de Desarrollo de América Latina.", "es"),
        ("Le pont sur le fleuve Gambie est financé par la Banque ouest-africaine de développement.", "fr"),
        ("A barragem foi financiada pelo Banco Nacional de Desenvolvimento Econômico e Social.", "pt"),
        ("The Abu Dhabi Fund for Development approved $50 million for a hospital in Freetown.", "en"),
        ("The Kuwait Fund for Arab Economic Development signed a KD 10 million agreement with Amman.", "en"),
        ("Export Development Canada backed C$700 million in sales of Canadian equipment to Peru.", "en"),
        ("El Fondo Saudí para el Desarrollo prestará 90 millones de dólares a Honduras.", "es"),
    ],
)
def test_banks_funds_and_export_credit_agencies_that_pay_are_finance(text: str, language: str) -> None:
    assert "finance" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # who pays is no lender: a state, companies, a fund for a disease
        "The stadium in Kumasi was financed by Chinese companies and opened in May.",
        "The clinic was financed by the provincial government of Sindh.",
        "The Global Fund gave Mozambique $30 million to fight malaria.",
    ],
)
def test_payers_that_lend_nothing_are_no_finance(text: str) -> None:
    assert "finance" not in sectors_of(text)
