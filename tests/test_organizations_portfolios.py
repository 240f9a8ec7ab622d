"""Organisation names the capitalised-run rules cut wrong, on sentences written for these tests: a list of
portfolios whose items are head nouns, a portfolio before a government office, a name that runs into an
honorific, the items of a page menu."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Data came from the Ministry of Planning, Industry, Trade and Services on Monday.",
            "Ministry of Planning, Industry, Trade and Services",
        ),
        (
            "The Department of Culture, Heritage and Services published the list.",
            "Department of Culture, Heritage and Services",
        ),
    ],
)
def test_a_list_of_portfolios_after_of_stays_whole_when_an_item_is_also_a_head_noun(text, name):
    assert organizations(text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        "Water Cabinet Secretary Amina Odhiambo opened the dam.",
        "Primary Industries Minister Lee Wan said exports grew.",
        "Talks were held between Prime Cabinet Secretary and the envoy.",
    ],
)
def test_a_portfolio_before_a_government_office_is_no_body(text):
    assert organizations(text) == set()


def test_a_body_that_heads_a_railway_stays_a_body_before_its_chairman():
    assert "Kenya Railways" in organizations("Kenya Railways Chairman Omar Said opened the line.")


def test_a_body_ends_before_an_honorific_that_opens_a_persons_name():
    text = "From: Department for Transport and The Rt Hon Jane Doe MP\nPublished 3 May 2022"
    assert organizations(text) == {"Department for Transport"}


def test_items_of_a_page_menu_are_no_bodies_unless_known():
    text = "Home | About Us | Visa Services | Consular Affairs | Contact\nHome > News > World Bank\n"
    assert organizations(text) == {"World Bank"}
