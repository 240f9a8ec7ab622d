"""Offices titled `Secretary` where only some states' governments style their offices so: the Philippines' and
the United States' cabinet secretaries, Mexico's secretaries of state, Kenya's Cabinet Secretaries, Britain's
and South Asia's Foreign, Home and Finance Secretaries. In a report between two states that names the holder's
state, an office only one of them styles so is that state's (`state_offices`, a title with the states that give
it); sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


CASES = [
    # the Philippines' cabinet in stories with Japan, Korea, China, Australia and the United States
    (
        "The Philippines signed a 30 billion yen loan with the Japan International Cooperation Agency for a "
        "Manila subway line, Finance Secretary Ramon Villanueva said on Tuesday.",
        "Ramon Villanueva",
        "PHL",
    ),
    (
        "Japan will supply five patrol boats to the Philippine coast guard. Transportation Secretary Lourdes "
        "Bautista said the first hull would arrive in Manila in May.",
        "Lourdes Bautista",
        "PHL",
    ),
    (
        "South Korea's Hanwha will build two frigates for Manila under a 18 billion peso contract, Secretary of "
        "National Defense Eduardo Magsaysay announced on Friday.",
        "Eduardo Magsaysay",
        "PHL",
    ),
    (
        "Remittances from the United States and Singapore rose 4 percent, and Budget Secretary Teresita Ocampo "
        "said the Philippines would borrow less abroad this year.",
        "Teresita Ocampo",
        "PHL",
    ),
    (
        "China and the Philippines agreed to resume talks on joint oil exploration, Foreign Affairs Secretary "
        "Antonio Pangilinan told reporters in Beijing.",
        "Antonio Pangilinan",
        "PHL",
    ),
    # Mexico's secretaries in stories with the United States, Canada and Spain
    (
        "Mexico expects remittances from the United States to fall this year, Finance Secretary Arturo Villaseñor "
        "said on Monday in Mexico City.",
        "Arturo Villaseñor",
        "MEX",
    ),
    (
        "Canada and Mexico will review their steel quotas next month, Economy Secretary Graciela Montaño said "
        "after a call with Ottawa.",
        "Graciela Montaño",
        "MEX",
    ),
    (
        "Security Secretary Octavio Rangel met U.S. officials in Washington to discuss fentanyl seizures at the "
        "border with Mexico.",
        "Octavio Rangel",
        "MEX",
    ),
    # the United States' cabinet in stories with Mexico, Brazil and Vietnam
    (
        "Mexico's foreign minister met Homeland Security Secretary Dana Whitfield in Mexico City to review "
        "asylum rules on the border with the United States.",
        "Dana Whitfield",
        "USA",
    ),
    (
        "Brazil's trade minister will travel to Washington for talks with Commerce Secretary Gregory Hollis on "
        "steel tariffs, Brasília said; the United States buys a fifth of Brazil's semi-finished steel.",
        "Gregory Hollis",
        "USA",
    ),
    (
        "Vietnam and the United States signed a memorandum on chip supply chains in Hanoi. Commerce Secretary "
        "Laura Kessler said American firms would invest more.",
        "Laura Kessler",
        "USA",
    ),
    # Kenya's Cabinet Secretaries in stories with Britain, China and Ethiopia
    (
        "Britain committed 5 million pounds to Kenya's coast guard, and Cabinet Secretary for Defence Wambui "
        "Kariuki thanked the British High Commission in Nairobi.",
        "Wambui Kariuki",
        "KEN",
    ),
    (
        "China Road and Bridge Corporation will extend Kenya's railway to Malaba, Transport Cabinet Secretary "
        "Otieno Mwangi told lawmakers; China Exim Bank is to finance it.",
        "Otieno Mwangi",
        "KEN",
    ),
    (
        "Ethiopia will sell more electricity to Kenya under a new tariff, Energy Cabinet Secretary Njeri Wanjiku "
        "said in Addis Ababa.",
        "Njeri Wanjiku",
        "KEN",
    ),
    # Britain's and South Asia's secretaries in stories with Japan, France, Nigeria and China
    (
        "Japan and India agreed to start the high-speed rail loan talks, Foreign Secretary Arvind Menon told "
        "reporters in Tokyo after meeting his Japanese counterpart.",
        "Arvind Menon",
        "IND",
    ),
    (
        "France and Britain will share the cost of patrols on the Channel, Home Secretary Harriet Pembroke said "
        "in Calais on Thursday.",
        "Harriet Pembroke",
        "GBR",
    ),
    (
        "China has agreed to roll over a 2 billion dollar deposit with the State Bank of Pakistan, Finance "
        "Secretary Imran Qureshi told the Senate committee.",
        "Imran Qureshi",
        "PAK",
    ),
    (
        "Nigeria and Britain signed a migration pact in Abuja; Foreign Secretary Edward Hastings said London would "
        "fund the return scheme.",
        "Edward Hastings",
        "GBR",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES, ids=[case[1] for case in CASES])
def test_an_office_styled_secretary_is_the_state_of_the_story_that_gives_it(text, name, state):
    assert countries(text).get(name) == state


def test_an_office_several_named_states_give_is_left_to_the_home():
    # both Britain and the United States... no: Mexico and the United States both have Energy Secretaries
    text = (
        "MEXICO CITY (Reuters) - Mexico will import more U.S. gas through Texas pipelines, Energy Secretary "
        "Rocío Salcedo said on Monday."
    )
    assert countries(text)["Rocío Salcedo"] == "MEX"


def test_an_office_no_named_state_gives_changes_nothing():
    text = "Japan and Germany agreed to fund a hydrogen plant, Finance Secretary Kenji Mori told reporters in Tokyo."
    assert countries(text)["Kenji Mori"] in {"JPN", "DEU"}
