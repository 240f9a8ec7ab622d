"""Subject of a market price with no unit of goods: an exchange rate, a figure per unit of another currency whose
name currencies.csv gives ("Rs 176.80 per US dollar", "Rp 9,900 to the dollar", "655,957 francs CFA pour un euro"),
and a quote a market verb reports right before the figure ("IBM shares closed at", "Brent settled at", "las
acciones cerraron a"), are prices, subject other, not trade, whatever trading the clause names; a quote reported
is actual. A sum that names a currency area ("to the euro zone") or a trade figure stays as it was. Every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The rupee traded at Rs. 176.80 per US dollar on Friday in interbank trading.", "en"),
        ("The rupiah slipped past Rp 9,900 to the dollar on Wednesday.", "en"),
        ("The central bank held the som at 89 som per dollar through June.", "en"),
        ("The naira weakened to N1,450 against the dollar in parallel market trading.", "en"),
        ("Kenya's shilling traded at KSh 129 to the dollar, its strongest in a year.", "en"),
        ("The tenge was trading at 470 tenge per dollar on the Kazakhstan exchange.", "en"),
        ("El peso chileno se cotizó a 940 pesos por dólar en el mercado cambiario.", "es"),
        ("Le taux est fixé à 655,957 francs CFA pour un euro depuis 1999.", "fr"),
        ("O metical fechou a 63,9 meticais por dólar na sexta-feira.", "pt"),
    ],
)
def test_an_exchange_rate_is_a_price_not_trade(text, language):
    assert [subject for _, subject in _read(text, language)] == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In Tokyo trading, Toyota shares closed at ¥2,450, down 1.2 percent.", "en"),
        ("Brent crude settled at $82.40 on Friday in London trading.", "en"),
        ("In Johannesburg trading, Naspers closed at R3,120.", "en"),
        ("Shares of Tata Motors closed higher at Rs 960 in Mumbai trading.", "en"),
        ("Las acciones de YPF cerraron a 45 dólares en Wall Street.", "es"),
        ("L'action TotalEnergies a clôturé à 61 euros à Paris.", "fr"),
        ("As ações da Petrobras fecharam a 38 reais na B3.", "pt"),
    ],
)
def test_a_market_quote_is_a_price_reported(text, language):
    assert _read(text, language) == [("actual", "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports to the euro zone rose to €5 billion last year.",
        "Bilateral trade reached $5 billion a year, the ministry said.",
    ],
)
def test_trade_stays_trade(text):
    assert [subject for _, subject in _read(text)] == ["trade"]
