"""Goals of trade worded in ways the goal rules did not read: 'push the figure to', 'lift it above', 'take trade
past', a goal a relative clause after the figure sets ('the $10 billion both governments want to reach'), and the
Spanish and Portuguese 'llevar el comercio a', 'levar o comércio a'. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [f"{m.kind}/{m.subject}" for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, kinds",
    [
        (
            "Trade between the two countries stood at $2.1 billion last year. The leaders agreed to push the figure "
            "to $5 billion by 2027.",
            "en",
            ["actual/trade", "target/trade"],
        ),
        (
            "Bilateral trade was $3.4 billion in 2022, well below the $10 billion both governments want to reach by "
            "2028.",
            "en",
            ["actual/trade", "target/trade"],
        ),
        (
            "Trade was $3 billion, far from the $10 billion the two sides hope to reach.",
            "en",
            ["actual/trade", "target/trade"],
        ),
        (
            "The partnership agreement is meant to take two-way commerce past $20 billion by 2029.",
            "en",
            ["target/trade"],
        ),
        (
            "Trade between Nigeria and Ghana totalled $1.2 billion last year; the two governments want the free-trade "
            "deal to lift it above $3 billion by 2028.",
            "en",
            ["actual/trade", "target/trade"],
        ),
        (
            "Los dos gobiernos se comprometieron a llevar el comercio bilateral a 10.000 millones de dólares en 2030.",
            "es",
            ["target/trade"],
        ),
        ("Brasil e Angola querem levar o comércio a US$ 5 bilhões em 2027.", "pt", ["target/trade"]),
        (
            "Les échanges ont atteint 1 milliard d'euros, loin des 3 milliards d'euros que les deux pays veulent "
            "atteindre d'ici 2030.",
            "fr",
            ["actual/trade", "target/trade"],
        ),
        (
            "O comércio somou US$ 2 bilhões, longe dos US$ 5 bilhões que os dois países querem atingir até 2030.",
            "pt",
            ["actual/trade", "target/trade"],
        ),
    ],
)
def test_a_goal_worded_another_way_is_a_target(text, language, kinds):
    assert _kinds(text, language) == kinds


def test_a_programme_that_aims_to_reach_people_sets_no_goal_of_money():
    assert not any(k.startswith("target") for k in _kinds("The $5 billion programme aims to reach 10 million farmers."))
