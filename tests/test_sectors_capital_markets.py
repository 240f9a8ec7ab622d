"""Capital markets are finance: bonds bought or sold, stock and securities exchanges linked, treasury bills auctioned,
equities held (en, es, fr, pt). Bonds between peoples are their ties, no finance. Every sentence was written for these
tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Qatar agreed to buy $2 billion of Pakistani government bonds over two years.", "en"),
        ("The Treasury sold $12 billion of ten-year notes and bonds to Japanese investors on Tuesday.", "en"),
        ("The two stock markets will link their trading platforms under the agreement signed in Nairobi.", "en"),
        ("Kazakhstan and the UAE agreed to develop their capital markets together, the regulators said.", "en"),
        ("Norway's fund held Chilean equities worth $4 billion at the end of June.", "en"),
        ("Ghana plans to issue sovereign bonds worth $1 billion in London next year.", "en"),
        ("Venezuela comprará bonos argentinos por 500 millones de dólares este año.", "es"),
        ("Les deux pays veulent relier leurs marchés financiers d'ici 2026, a annoncé le ministre.", "fr"),
        ("As bolsas de valores de Lisboa e São Paulo assinaram um acordo de cooperação.", "pt"),
    ],
)
def test_capital_markets_are_finance(text: str, language: str) -> None:
    assert "finance" in _sectors(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders praised the fraternal bonds between their peoples and agreed to work together.",
        "Uzbekistan and Turkey share historical bonds of friendship, the president said during the visit.",
        "The prime minister recalled the strong bonds that unite Fiji and Samoa.",
    ],
)
def test_bonds_between_peoples_are_no_finance(text: str) -> None:
    assert "finance" not in _sectors(text)
