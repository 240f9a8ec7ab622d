"""Two organisations written as one run of capitalised words, on sentences written for these tests: a company
named by its trade or a camel-case brand on one side of `and`, a state listed before another state's body, a
`for` after a name without a head noun, and an acronym defined after two joined names."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None, []) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Investors including Delmar Textiles and Kestrel University opened offices.", {"Kestrel University"}),
        ("The Korvan Chamber of Commerce and VantaLogix plan a trade mission.", {"Korvan Chamber of Commerce"}),
    ],
)
def test_a_company_or_brand_beside_and_is_a_name_of_its_own(text, names):
    found = organizations(text)
    assert names <= found
    assert not any(" and " in name for name in found)


def test_a_state_listed_before_another_states_body_is_not_part_of_its_name():
    found = organizations("The minister thanked Kenya, Peru and Brazil Development Bank for their help.")
    assert found == {"Brazil Development Bank"}


def test_a_for_after_a_name_without_a_head_noun_opens_the_next_name():
    found = organizations("Four patrol boats built by Norvelle for the Coast Guard Command arrived.")
    assert "Coast Guard Command" in found
    assert not any("Norvelle" in name for name in found)


def test_a_for_after_a_head_noun_stays_in_the_name():
    assert "Institute for Regional Studies" in organizations("The Institute for Regional Studies said so.")


def test_an_acronym_defined_after_two_joined_names_names_the_second_one():
    text = (
        "Executives of Ralto Motors, Brenna Marine and Sunwave Heavy Industries (SHI) attended. "
        "The order with SHI is worth $2 billion."
    )
    found = organizations(text)
    assert "Sunwave Heavy Industries" in found
    assert not any(" and " in name for name in found)
