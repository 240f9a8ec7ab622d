"""A stake a party already holds, said in a relative clause that describes it ("Rosneft, which owns a 49 percent stake
in the refiner", "the terminal, where DP World holds a stake", "dont l'État détient une participation au capital"), is
background, no investment reported; a stake taken, bought, planned or held in the sentence's own clause is investment.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Petronas, which owns a 30 percent stake in the Gladstone plant, signed the supply deal on Monday.", "en"),
        ("The ships will call at the Lamu terminal, where Adani holds a stake, from June, the two sides agreed.", "en"),
        ("Kaduna State, whose government has a minority stake in the rail line, joined the talks.", "en"),
        ("Aramco, which holds stakes in refineries across Asia, signed the crude supply deal with Tokyo.", "en"),
        (
            "La Sonatel, dont l'État détient une participation au capital, a signé l'accord de coopération.",
            "fr",
        ),
    ],
)
def test_a_stake_held_in_a_relative_clause_is_background(text, language):
    assert "investment" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Aramco will take a 30 percent stake in the Gujarat refinery, the two sides agreed.", "en"),
        ("The Qatari fund, which bought a 20 percent stake in the port last week, plans more deals.", "en"),
        ("Mubadala holds a 24 percent stake in the Indonesian refinery under the new agreement.", "en"),
        ("The Saudi fund, which will hold a stake in the new airline, signed the agreement on Monday.", "en"),
    ],
)
def test_a_stake_taken_planned_or_held_in_the_main_clause_is_investment(text, language):
    assert "investment" in sectors_of(text, language)
