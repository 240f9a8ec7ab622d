"""Organisation classes on sentences written for these tests: page furniture (a site's sections on a menu line)
is never an actor; a body cited as a source by its acronym or one word; two names joined by `and`; a mission
named with where it is sent."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Front Page | Nation | Gulf & Region | Markets | Culture\n\nThe two ministers met in Doha on Monday.",
        "News > Politics > Asia & Pacific > Trade\n\nThe ministers agreed to extend the accord by two years.",
    ],
)
def test_a_section_on_a_menu_line_is_no_organization(text):
    assert organizations(text) == set()


def test_a_known_body_on_a_menu_line_is_still_named():
    text = "Home | World Bank | Markets | Opinion\n\nThe two states signed the loan on Monday."
    assert "World Bank" in organizations(text)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Wheat exports fell by a third in May, according to Rosvelstat.", "en", "Rosvelstat"),
        ("Inflation eased to 4 percent, KNBS said on Tuesday.", "en", "KNBS"),
        ("The two ports handle most of the cargo, SPA recalls in its annual review.", "en", "SPA"),
        ("Briefing reporters, DFAT spokesperson Anna Reyes said the talks would resume.", "en", "DFAT"),
        ("El superávit llegó a 900 millones de dólares, según datos del INEGI.", "es", "INEGI"),
        ("As exportações cresceram 12%, segundo dados do IBGE divulgados ontem.", "pt", "IBGE"),
    ],
)
def test_a_body_cited_as_a_source_by_its_acronym_or_one_word(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Daniyar Omarov met the delegation. According to Omarov, the deal is close.",
        "The CEO said the plant would open in June.",
        "The Lahore-Karachi Motorway Project (LKMP) is late. LKMP officials said the work would resume.",
        "Exports rose, according to Jakarta's trade ministry.",
    ],
)
def test_a_surname_an_office_a_programme_or_a_possessive_cited_is_no_body(text):
    assert not organizations(text) & {"Omarov", "CEO", "LKMP", "Jakarta's"}


def test_a_portfolio_cited_opens_an_office_not_a_body():
    text = "The visit brought deals worth $2 billion, according to Energy, Mines and Water Minister Sara Levin."
    assert "Energy" not in organizations(text)


@pytest.mark.parametrize(
    ("text", "name", "joined"),
    [
        (
            "Air Corvana and Kenyan Ports Authority signed a cargo deal on Monday.",
            "Kenyan Ports Authority",
            "Air Corvana and Kenyan Ports Authority",
        ),
        (
            "Delta Holdings and Omani Oil Company will build the refinery.",
            "Omani Oil Company",
            "Delta Holdings and Omani Oil Company",
        ),
    ],
)
def test_a_body_opening_with_a_state_after_and_is_a_name_of_its_own(text, name, joined):
    found = organizations(text)
    assert name in found and joined not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Industry and Mines signed the permit.", "Ministry of Industry and Mines"),
        ("The British and French Cabinet met on Monday.", None),
    ],
)
def test_a_portfolio_or_a_second_state_after_and_stays_in_one_name(text, name):
    found = organizations(text)
    assert (name in found) if name else "French Cabinet" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Head of the EU Delegation to Zambia, Ambassador Karl Weber, opened the fair.", "EU Delegation to Zambia"),
        ("The Indian Mission to the UN circulated the statement on Friday.", "Indian Mission to the UN"),
    ],
)
def test_a_mission_named_with_where_it_is_sent_is_one_body(text, name):
    assert name in organizations(text)


def test_a_bodys_staff_mission_on_a_visit_is_no_body_of_its_own():
    text = "The IMF Mission to Sri Lanka ended its review on Thursday."
    assert "IMF Mission to Sri Lanka" not in organizations(text)
