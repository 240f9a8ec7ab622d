"""An office held in or sent to a state whose name opens with a compass or other word ("Ambassador to South Africa
NAME") ends before that state: the state is no portfolio of the office, and no word of the holder's name. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: a.role for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        ("Ambassador to South Africa", "Kingsley Mamabolo", "Ambassador"),
        ("Ambassador to South Korea", "Mwende Mwinzi", "Ambassador"),
        ("Special Envoy to South Sudan", "Kalonzo Musyoka", "Special Envoy"),
        ("High Commissioner to New Zealand", "Jane Kamau", "High Commissioner"),
        ("Ghana's Ambassador to Burkina Faso", "Boniface Adagbila", "Ambassador"),
        ("Ambassador to the United Arab Emirates", "Luis Chuquihuara", "Ambassador"),
        ("Ambassador of South Africa", "Mninwa Mahlangu", "Ambassador"),
    ],
)
def test_the_state_an_envoy_goes_to_ends_the_office(title, name, role):
    text = f"Kenya and Ghana agreed with Kenya on Monday. {title} {name} met investors in Nairobi."
    assert persons(text) == {name: role}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("British Minister for South Asia", "Hamish Falconer"),
        ("Commissioner for Central African Affairs", "Mary Wanjiru"),
        ("Minister of Finance", "Njuguna Ndungu"),
    ],
)
def test_a_region_or_a_portfolio_stays_in_the_office(title, name):
    text = f"Kenya and Ghana agreed with Kenya on Monday. {title} {name} met investors in Nairobi."
    assert persons(text)[name] == title.removeprefix("British ")
