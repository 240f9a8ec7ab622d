"""A bank named only as the source of a figure ("according to the National Bank of Poland", "según el Banco de
México", "selon la Banque centrale", "segundo o Banco Nacional de Angola") reports no finance: it neither lends nor
works in the sentence. A bank that signs, lends or swaps still counts. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade between Poland and Germany hit €60 billion, according to the National Bank of Poland.",
            "en",
        ),
        ("Kenya's exports to Uganda rose to $900 million last year, according to the Central Bank of Kenya.", "en"),
        ("Trade between Nepal and India stood at NRs 900 billion, according to the Nepal Rastra Bank.", "en"),
        ("Remittances from Mexicans in Texas hit $9 billion, according to the Bank of Mexico.", "en"),
        ("El comercio entre Chile y Perú llegó a 4.000 millones de dólares, según el Banco Central de Chile.", "es"),
        ("Le commerce entre le Maroc et l'Espagne a atteint 12 milliards d'euros, selon Bank Al-Maghrib.", "fr"),
        ("O comércio com Portugal atingiu 2 mil milhões de dólares, segundo o Banco Nacional de Angola.", "pt"),
    ],
)
def test_a_bank_cited_for_a_figure_reports_no_finance(text, language):
    assert "finance" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Reserve Bank of India and the Bank of Japan signed a $75 billion currency swap on Monday.", "en"),
        ("The Export-Import Bank of Korea will lend $300 million to Vietnam for the Hanoi metro line.", "en"),
        ("El Banco de Desarrollo de América Latina prestará 500 millones de dólares a Ecuador.", "es"),
    ],
)
def test_a_bank_at_work_still_counts(text, language):
    assert "finance" in sectors_of(text, language)
