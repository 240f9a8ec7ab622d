"""Kind of a stock of investment that a copula or a verb of summing reports, the noun named with where the money
went ("Saudi investments in Egypt amount to about", "Turkish investment in Azerbaijan is still small, about",
"les investissements français au Maroc s'élèvent à"): a level reported (actual), not money put in; money an
investor puts in, pledges or plans stays committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Qatari investments in Britain amount to more than £40 billion.", "en"),
        ("Turkish investment in Azerbaijan is about $13 billion, officials said.", "en"),
        ("Vietnamese investment in Chile is still small, less than $50 million.", "en"),
        ("Japan's direct investment in Thailand is worth around $80 billion.", "en"),
        ("Korean investments in Uzbekistan total $2.5 billion.", "en"),
        ("Emirati investments in India add up to about $20 billion.", "en"),
        ("O investimento português em Angola é de cerca de 2 mil milhões de euros.", "pt"),
    ],
)
def test_a_stock_of_investment_reported_is_actual(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "China will invest $5 billion in Pakistan's railways.",
        "Saudi Arabia pledged investments of $10 billion in Pakistan.",
        "Total investment in the new port is $1.2 billion.",
    ],
)
def test_money_put_into_an_economy_or_works_stays_committed(text):
    assert _kinds(text) == ["commitment"]
