"""Kind of goods bought or sold in a past period, and of a flow a market's sentence measures after "with": both are
trade reported as past (`actual`); a purchase signed or agreed stays committed, and a market's own size other.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "Korea bought Chilean copper and wine worth $2.3 billion in fiscal 2019, according to the ministry.",
        "Spain bought about 3 million tonnes of Algerian gas last year, worth roughly $900 million.",
        "Germany was Ghana's top export market in 2020, with cocoa shipments worth $700 million, officials said.",
        "China is Chile's largest market, with two-way trade worth $40 billion in 2018-19.",
    ],
)
def test_goods_bought_or_a_flow_in_a_past_period_is_reported(text):
    assert _kinds(text) == ["actual"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain agreed last year to buy Algerian gas worth $900 million a year.", ["commitment"]),
        ("In 2019, Pakistan signed trade deals worth $2 billion with Malaysia.", ["commitment"]),
        ("Last year Accra bought two patrol boats from Turkey for about $40 million.", ["commitment"]),
        ("The halal food market in the Gulf is valued at about $60 billion.", ["other"]),
    ],
)
def test_a_purchase_agreed_stays_committed_and_a_market_size_other(text, expected):
    assert _kinds(text) == expected
