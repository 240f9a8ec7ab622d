"""Trading on a market (shares or currencies changing hands in a session, in a financial centre) is no trade between
states, and a military hospital where a leader lies is a place, not the forces at work. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In New York Stock Exchange composite trading on Friday, the company's shares rose 50 cents to $12.", "trade"),
        ("Its shares fell 2 percent to 410 francs in Zurich trading after the deal was announced.", "trade"),
        ("The bank's stock gained 3 percent in heavy trading as the two firms agreed on the merger.", "trade"),
        ("The former president was flown to a military hospital near the capital, where he remains.", "defence"),
    ],
)
def test_a_market_s_trading_or_a_place_is_not_the_cue_s_sector(text: str, absent: str) -> None:
    assert absent not in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The two countries agreed to expand trading in farm goods and cut tariffs.", "trade"),
        ("Japan and Brazil agreed to boost trade, which rose 5 percent last year.", "trade"),
    ],
)
def test_trade_between_states_still_counts(text: str, sector: str) -> None:
    assert sector in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Traders said the loan, the largest the agency has signed with Manila this year, lifted the peso.",
        "Traders here worry about the current account deficit, which reached $40 billion in June.",
        "Currency traders in Nairobi expect the shilling to weaken after the $1 billion Eurobond.",
        "The rand firmed on Monday, according to traders, after the two central banks signed the swap line.",
    ],
)
def test_market_traders_quoted_as_a_source_are_no_trade(text: str) -> None:
    assert "trade" not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan traders will sell avocados to China under the protocol the two ministers signed.",
        "The agreement lets small traders cross the border without duties, both sides said.",
    ],
)
def test_traders_at_work_between_the_sides_are_trade(text: str) -> None:
    assert "trade" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank will let the peso trade in a band of 1,000 to 1,400 per dollar, the two governments agreed.",
        "The IMF praised the decision to let the currency trade freely after the two sides signed the programme.",
        "The rupee traded at 83.2 to the dollar as the two delegations met in Delhi.",
        "The naira trades at about 1,500 per dollar on the parallel market, the two ministers were told.",
        "The tenge traded weaker on Tuesday after the two presidents signed the agreements in Astana.",
        "The kwacha will trade within a wider corridor under the deal with the Fund, the two sides said.",
        "The dollar slid to a record low of 96 yen in late New York trading as the two ministers met.",
        "The cedi fell 2 per cent in Accra afternoon trading after the two governments signed the loan.",
        "The lira lost 3 percent in early European trading on news of the sanctions between the two states.",
        "Shares in the miner fell 4 percent in Johannesburg trading after the two governments signed the deal.",
        "The ringgit closed at 4.7 per dollar in thin holiday trading, as the two sides held talks in Kuala Lumpur.",
        "The baht was little changed in late trade after the two prime ministers signed the accords in Bangkok.",
        "Brent slipped in early trade as the two producers' ministers met in Riyadh.",
    ],
)
def test_a_currency_or_shares_trading_on_a_market_is_no_trade(text: str) -> None:
    assert "trade" not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rupee trade between India and Russia reached $5 billion in 2023, both sides said.",
        "The gold trade between Dubai and Mumbai rose to $20 billion last year.",
        "The two ministers agreed to settle trade in local currencies and expand trading in grain.",
        "The yuan trade settlement scheme will cover exports of machinery between the two countries.",
        "Both sides agreed to expand trade in a range of farm goods and cut tariffs.",
        "The two blocs agreed on rules for cooperation in EU trade with Mercosur.",
    ],
)
def test_trade_settled_in_a_currency_is_still_trade(text: str) -> None:
    assert "trade" in sectors_of(text)
