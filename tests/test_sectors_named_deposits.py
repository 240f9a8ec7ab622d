"""A deposit named for its place ("the Gaby deposit", "the Simandou deposit") is a deposit in the ground, which is
mining; a state's deposit with a central bank ("the Saudi deposit of $3 billion") stays finance. Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Minmetals may take a stake in the Gaby deposit under the framework deal signed on Monday.",
        "Rio Tinto and Chinalco agreed to develop the Simandou deposit together, the ministers said.",
        "The two governments signed an agreement on the Reko Diq deposit in Balochistan.",
    ],
)
def test_a_deposit_named_for_its_place_is_mining(text):
    sectors = sectors_of(text)
    assert "mining" in sectors and "finance" not in sectors


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi deposit of $3 billion with the State Bank was rolled over for a year, both sides agreed.",
        "The UAE deposit with the central bank will be extended under the agreement signed on Monday.",
    ],
)
def test_a_state_s_deposit_is_finance(text):
    assert "finance" in sectors_of(text)


def test_deposits_listed_after_other_money_are_finance():
    text = "The financing includes Eurobonds and deposits from Gulf states worth $5 billion, both sides said."
    assert "mining" not in sectors_of(text)
