"""A government's investment at home is the money of its works (project), not investment: a government that
invests the figure, no firm nor another state named, or public investment named around it. A firm's investment,
or a government's in another state, stays investment. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government will invest $300 million in new schools and clinics next year.", "en"),
        ("Officials said a public investment programme of $1.4 billion was set for 2027.", "en"),
        ("El Gobierno invertirá 500 millones de dólares en la modernización de los mercados.", "es"),
        ("La obra forma parte del plan de inversión pública de US$ 900 millones previsto para 2026.", "es"),
        ("Le gouvernement va investir 300 milliards de francs CFA dans les marchés urbains.", "fr"),
    ],
)
def test_a_government_investing_at_home_is_a_project(text, language):
    assert [m.subject for m in extract_money(text, language=language)] == ["project"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Toyota will invest $300 million in a plant in Thailand.",
        "The Chinese government will invest $5 billion in Pakistan's ports.",
        "The government said foreign firms would invest $2 billion in the zone.",
    ],
)
def test_a_firm_or_a_government_abroad_invests(text):
    assert [m.subject for m in extract_money(text)] == ["investment"]
