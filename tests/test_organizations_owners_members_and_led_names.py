"""Organisation names on sentences written for these tests: a body cited after `told` keeps no possessive mark
(`told the National Assembly's budget committee`), a people's adjective and the members it qualifies go on with
an `of` phrase (`Federation of Ghanaian Exporters`), and a name after a hyphened participle runs to the end of its
capitalised words (`the Kenya-based East African Grain Traders Network`), not to its fourth word; a state's armed
forces in lower case after its adjective are a body (`the Ghanaian armed forces`, `the Thai army`); places joined by a
hyphen name a route or a pairing, not a company (`the Djibouti-Ethiopia Railway`, `the Chile-Peru CEO Roundtable`); a
name before a lower-case outlet noun is the outlet (`Prothom Alo newspaper`, `Kyrgyzstan's Kabar news agency`)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


def test_a_body_told_in_the_possessive_is_named_without_it():
    found = organizations("The finance minister told the National Assembly's budget committee that revenue fell.")
    assert "National Assembly" in found
    assert "National Assembly's" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Federation of Ghanaian Exporters welcomed the tariff cut.", "Federation of Ghanaian Exporters"),
        ("A delegation of the Federation of Korean Industries arrived on Monday.", "Federation of Korean Industries"),
        (
            "The Association of Chilean Chambers of Commerce and Industry signed the memorandum.",
            "Association of Chilean Chambers of Commerce and Industry",
        ),
    ],
)
def test_members_after_a_peoples_adjective_stay_in_the_name(text, expected):
    assert expected in organizations(text)


def test_a_name_after_a_hyphened_participle_runs_to_its_last_capitalised_word():
    found = organizations("Uganda has joined the Kenya-based East African Grain Traders Network this year.")
    assert "East African Grain Traders Network" in found
    assert "East African Grain Traders" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will train the Ghanaian armed forces in mine clearance.", "Ghanaian armed forces"),
        ("Officers of the Peruvian navy inspected the new patrol boats.", "Peruvian navy"),
        ("The Thai army said it would withdraw from the border post.", "Thai army"),
    ],
)
def test_a_states_armed_forces_in_lower_case_after_its_adjective_are_a_body(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Freight on the Djibouti-Ethiopia Railway doubled last year.", "Djibouti-Ethiopia Railway"),
        ("Trains on the Mombasa-Nairobi Railway now run twice a day.", "Mombasa-Nairobi Railway"),
        ("The ministers attended the Chile-Peru CEO Roundtable in Lima.", "Chile-Peru"),
    ],
)
def test_places_joined_by_a_hyphen_name_a_route_or_a_pairing_not_a_body(text, route):
    assert route not in organizations(text)


def test_a_body_named_after_a_pair_of_states_keeps_its_name():
    assert "Chile-Peru Friendship Association" in organizations("The Chile-Peru Friendship Association met on Friday.")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The figures were first reported by Prothom Alo newspaper on Sunday.", "Prothom Alo"),
        ("The plan was confirmed to the Kompas daily by a minister.", "Kompas"),
        ("Kyrgyzstan's Kabar news agency said the talks were useful.", "Kabar"),
    ],
)
def test_a_name_before_a_lower_case_outlet_noun_is_the_outlet(text, outlet):
    found = organizations(text)
    assert outlet in found
    assert not any(name.endswith(("newspaper", "daily", "agency")) or "'s" in name for name in found)


def test_a_state_adjective_before_an_outlet_noun_is_no_outlet():
    assert "State" not in organizations("State broadcaster KTV said another deal was signed on Friday.")
