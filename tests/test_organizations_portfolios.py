"""Organisation names the capitalised-run rules cut wrong, on sentences written for these tests: a list of
portfolios whose items are head nouns, a portfolio before a government office, a name that runs into an
honorific, the items of a page menu, a programme word that qualifies a body's head, a state's rail company."""

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tenders will open soon, the Water Project Management Unit (WPMU) said.", "Water Project Management Unit"),
        ("The Agency for the Northern Free Trade Zone approved the plan.", "Agency for the Northern Free Trade Zone"),
    ],
)
def test_a_programme_word_before_the_head_or_in_what_the_body_serves_keeps_it_a_body(text, name):
    assert name in organizations(text)


def test_a_programme_named_after_a_body_is_still_no_body():
    assert organizations("The Global Fund Project for Clean Water began in May.") == set()


def test_an_exchange_of_agreements_is_no_body():
    assert organizations("They signed the Exchange of Notes and Loan Agreements in Tokyo.") == set()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The bank is preparing a loan to Tunisian Railway for new wagons.", "Tunisian Railway", "TUN"),
        ("Chile Railway signed the wagon order on Monday.", "Chile Railway", "CHL"),
    ],
)
def test_a_state_then_railway_is_its_rail_company(text, name, country):
    found = {a.name: a.country for a in extract_actors(text) if a.actor_type == "organization"}
    assert found.get(name) == country
