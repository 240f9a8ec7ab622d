"""Subjects of figures that name works or trade without being them: damage done to works, subsidies and a
state's borrowing requirement (other), and goods a buyer purchases or a seller supplies over time (trade).
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Damage to bridges, schools and clinics is put at about $250 million, the governor said.", "en"),
        ("Los daños en carreteras y puentes se estiman en unos US$ 80 millones.", "es"),
    ],
)
def test_damage_to_works_is_other(text, language):
    assert _subjects(text, language) == ["other"]


def test_money_to_repair_damaged_works_stays_theirs():
    assert _subjects("The government will spend $60 million to rebuild the damaged port and its terminal.") == [
        "project"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brussels would not drop its export subsidies on grain, which cost European taxpayers about $5 billion a year.",
        "The Treasury now expects a public sector borrowing requirement of 19 billion pounds next year.",
    ],
)
def test_subsidies_and_a_borrowing_requirement_are_other(text):
    assert _subjects(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The carrier announced the purchase of 40 Embraer jets valued at $2.4 billion.",
        "The utilities signed contracts for electricity supplies of 3 billion kilowatt-hours a year, worth about "
        "$180 million.",
    ],
)
def test_goods_purchased_or_supplied_are_trade(text):
    assert _subjects(text) == ["trade"]
