"""Money received in a stated period, support named as a noun, and policy-based lending."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str) -> tuple[str, str]:
    found = extract_money(text)[0]
    return found.kind, found.subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money received over a stated period is reported, not pledged
        (
            "Ghana also received $820 million from the IMF in the second half of 2023, the finance ministry said.",
            ("actual", "loan"),
        ),
        ("The province received 2.4 billion rand from the national treasury last year.", ("actual", "other")),
        # an undated receipt is the sum handed over; from another state, aid
        ("Malawi received $15 million from Ireland for school meals.", ("commitment", "aid")),
        # a yearly outlay is a reported level of spending
        ("Kenyan traders spend about $1.1 billion a year on imports of Indian rice.", ("actual", "trade")),
        ("Households spend roughly £3 billion annually on imported fuel.", ("actual", "trade")),
        # support as a noun is aid
        ("Canadian support to Haiti was C$95 million in 2021-22.", ("actual", "aid")),
        ("Japan's support for Ukraine stood at $7.6 billion last year.", ("actual", "aid")),
        ("Germany announced financial support of 60 million euros for flood victims in Libya.", ("commitment", "aid")),
        # policy-based lending by a development bank is a loan
        (
            "The World Bank approved a $400 million development policy operation for Zambia on Thursday.",
            ("commitment", "loan"),
        ),
        ("Cabinet welcomed the $250 million development policy financing from the World Bank.", ("commitment", "loan")),
    ],
)
def test_receipts_support_and_policy_lending(text, expected):
    assert _first(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a loan named as received stays the loan pledged
        "Pakistan received a $1.2 billion loan from the IMF on Friday.",
        # "to support" as a verb says what the money is for, not that it is aid
        "The bank signed a $300 million loan to support small businesses in Egypt.",
    ],
)
def test_a_named_loan_received_or_used_to_support_stays_a_loan(text):
    assert _first(text) == ("commitment", "loan")
