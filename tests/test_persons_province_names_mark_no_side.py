"""A state's name or demonym that ends a province's name before an office ("Western Australian Premier", "South
Australia Minister", "West Bengal Chief Minister") marks no side: a report writes it for its own provinces, so the
federal officials it leaves unqualified are still of the province's state. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


CASES = [
    (
        "Baowu and BHP will study a green iron plant in the Pilbara, Western Australian Premier Roger Cook said. "
        "China buys most of the ore; Chinese mills in Shanghai want cleaner iron, and China pays well. Federal "
        "Resources Minister Madeleine King welcomed the study.",
        "Madeleine King",
        "AUS",
    ),
    (
        "South Australian Premier Peter Malinauskas opened the hydrogen hub with investors from Japan. Japan and "
        "Japanese utilities will buy the fuel; Japan's JERA signed first. Energy Minister Chris Bowen said more "
        "would follow.",
        "Chris Bowen",
        "AUS",
    ),
    (
        "West Bengal Chief Minister Mamata Banerjee met investors from Bangladesh in Kolkata. Bangladesh wants "
        "power, and Bangladesh's traders want a new border post. Power Minister Piyush Goyal said the grid link "
        "would be ready in 2019.",
        "Piyush Goyal",
        "IND",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_a_federal_official_beside_a_province_head_is_of_its_state(text, name, state):
    assert country(text, name) == state


def test_the_state_itself_still_marks_the_other_side():
    text = (
        "BEIJING -- Australian Trade Minister Tom Reid arrived for the expo. China and Chinese firms want more "
        "beef, and China will cut tariffs. Commerce Minister Wang Lei said the talks went well."
    )
    assert country(text, "Wang Lei") == "CHN"
    assert country(text, "Tom Reid") == "AUS"


def test_a_demonym_that_is_also_a_province_name_is_the_state():
    text = (
        "Turkey and Somalia signed an oil deal in Ankara. Somali Petroleum Minister Abdi Warsame Farah signed for "
        "Somalia. Turkish Energy Minister Selim Kaya said drilling would start in 2025. Turkey will train "
        "Somalia's navy, Defence Minister Ali Demir added."
    )
    assert country(text, "Abdi Warsame Farah") == "SOM"
    assert country(text, "Selim Kaya") == "TUR"
    assert country(text, "Ali Demir") == "TUR"  # not Ethiopia's, whose Somali Region no title names
