"""Head nouns that name a body only with the `of` or `for` phrase of what it serves ('Centre for ...',
'Administration of ...'); on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Figures from the State Administration of Foreign Exchange showed a rise.",
            "State Administration of Foreign Exchange",
        ),
        ("The Dhaka Centre for Maritime Studies hosted the seminar.", "Dhaka Centre for Maritime Studies"),
        (
            "Exports rose 4 percent, according to Vietnam's General Administration of Taxation.",
            "General Administration of Taxation",
        ),
        ("Scholars at the Nairobi Center for Policy Research disagreed.", "Nairobi Center for Policy Research"),
    ],
)
def test_a_centre_or_an_administration_with_what_it_serves_is_a_body(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The summit was held at the Riverside Convention Centre on Monday.",
        "The Trump Administration imposed tariffs on steel.",
        "Leaders met at the Centre of the city on Monday.",
    ],
)
def test_a_centre_or_an_administration_without_it_names_no_body(text):
    assert not organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ACCRA - Ghana's Minerals Commission on Monday granted two licences.", "Minerals Commission"),
        (
            "Visitors rose, according to Doha's Department of Culture and Heritage.",
            "Department of Culture and Heritage",
        ),
        ("LIMA - Peru's Energy Ministry said output rose.", "Energy Ministry"),
    ],
)
def test_a_state_or_a_city_in_the_possessive_before_a_body_is_no_part_of_its_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The loan went to Gas Transmission Company of Ghana Limited (GTCGL), the bank said.",
            "Gas Transmission Company of Ghana Limited",
        ),
        (
            "The bank lent $90 million to Harbour Logistics Company Pte. Ltd. for the berth.",
            "Harbour Logistics Company Pte. Ltd.",
        ),
        ("Shares of Coastal Mining Pty. Ltd. rose.", "Coastal Mining Pty. Ltd."),
    ],
)
def test_a_legal_form_after_a_state_or_with_its_dot_ends_the_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NAIROBI - The Kenya Ports Authority said on Monday cargo rose.", "Kenya Ports Authority"),
        ("Quito – Petroecuador Energy Company signed the deal.", "Petroecuador Energy Company"),
    ],
)
def test_a_datelines_place_and_dash_are_no_part_of_a_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why rates hurt Asian lenders\n\nSource: https://example.com/asia-lenders",
        "A guide for European firms\n\nPosted on 3 May 2019 by Ana Lima",
    ],
)
def test_a_firm_word_ending_a_line_names_nothing_on_the_next(text):
    assert not organizations(text) & {"Source", "Posted"}
