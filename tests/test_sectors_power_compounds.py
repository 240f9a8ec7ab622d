"""'Power' is energy as the first word of a compound ("power cables", "a power distribution loan", "mining, power and
road projects"), and might or office when it stands alone ("a regional power", "came to power"). Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank approved a $150 million loan to modernise power distribution in Kumasi and Tamale.",
        "Norway and Denmark agreed to lay a second undersea power cable across the Skagerrak by 2028.",
        "Beijing offered soft loans for mining, power and road projects in Laos, the two sides said.",
        "The agreement covers power, water and sanitation projects in the northern provinces.",
        "Uzbekistan will buy power from Tajikistan's grid during the winter power shortages, both ministers said.",
        "The two governments signed a deal on power interconnection between Kenya and Ethiopia.",
        "Zambia and Zimbabwe agreed to raise power tariffs for the Kariba station to fund its repair.",
        "Three Korean power companies will bid for the tender, the two sides announced.",
    ],
)
def test_power_opening_a_compound_is_energy(text):
    assert "energy" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders agreed to deepen cooperation; Kenya is a regional power, the president said.",
        "Since he came to power in 2018 the minister has signed several agreements with Ankara.",
        "Both sides stressed the power of dialogue and agreed to hold talks again in May.",
        "The agreement on power sharing between the two parties was signed in Addis Ababa.",
        "The sides discussed the balance of power in the region and agreed to cooperate more closely.",
    ],
)
def test_power_alone_or_in_politics_is_no_energy(text):
    assert "energy" not in sectors_of(text)
