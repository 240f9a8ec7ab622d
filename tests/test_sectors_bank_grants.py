"""A bank named in a sentence that gives a grant and lends nothing is a donor there, no lender: the bank alone is no
finance ("a $150 million grant from the World Bank", "une subvention de la Banque africaine de développement"). A bank
in a sentence that lends, credits or finances stays a lender. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The border post at Malaba will be built with a $40 million grant from the African Development Bank.", "en"),
        ("The Asian Development Bank has offered a US$3 million grant to Tonga after the eruption.", "en"),
        ("The World Bank approved a $150 million grant for clinics in South Sudan last week.", "en"),
        ("The Caribbean Development Bank gave St Lucia a grant of EC$2 million for school repairs.", "en"),
        ("El Banco Interamericano de Desarrollo aprobó una donación de 5 millones de dólares para Honduras.", "es"),
        ("La Banque africaine de développement accorde une subvention de 12 millions de dollars au Tchad.", "fr"),
        ("O Banco Africano de Desenvolvimento aprovou uma doação de 8 milhões de dólares para a Guiné-Bissau.", "pt"),
    ],
)
def test_a_bank_that_gives_a_grant_is_no_lender(text: str, language: str) -> None:
    assert "finance" not in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The African Development Bank will lend Zambia $60 million for the Kazungula bridge.", "en"),
        ("The Asian Development Bank approved a $100 million loan and a $5 million grant for Nepal's roads.", "en"),
        ("The Islamic Development Bank will finance the $200 million dam at Kandadji.", "en"),
        ("El Banco Mundial concederá a Paraguay un préstamo de 100 millones de dólares.", "es"),
        ("La Banque mondiale accorde au Mali un prêt de 50 millions de dollars et un don de 10 millions.", "fr"),
        ("O Banco Mundial aprovou um crédito de 75 milhões de dólares para Angola.", "pt"),
    ],
)
def test_a_bank_that_lends_is_a_lender(text: str, language: str) -> None:
    assert "finance" in _sectors(text, language)
