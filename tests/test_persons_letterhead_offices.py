"""A minister's media release puts the office on a line of its own above the name ("Minister for Foreign
Affairs\\nSenator the Hon NAME"): that is the person's role as the release states it, and so is an office said
before the name and a comma, even where the holders' table knows the person by a shorter office ("Foreign
Minister"). Releases and sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def role(text, name):
    return next(a.role for a in extract_actors(text) if a.name == name)


RELEASES = [
    (
        "Minister of Foreign Affairs\nHon Winston Peters\n\nMedia release\n3 May 2024\n\nNew Zealand will give "
        "NZ$20 million to Samoa for school buildings, Mr Peters announced today in Apia.",
        "Winston Peters",
        "Minister of Foreign Affairs",
    ),
    (
        "Secretary of State for Foreign, Commonwealth and Development Affairs\nThe Rt Hon David Lammy MP\n\nPress "
        "release\n\nThe United Kingdom will fund flood defences in Bangladesh, the Foreign Secretary said.",
        "David Lammy",
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
    ),
    (
        "Minister for Foreign Affairs\nSenator the Hon Penny Wong\nMedia release\n\nToday I met Tonga's Prime "
        "Minister in Nuku'alofa to announce A$20 million for the wharf.",
        "Penny Wong",
        "Minister for Foreign Affairs",
    ),
    (
        "Minister for Pacific Island Affairs\nThe Hon Pat Conroy MP\n\nMedia release\n\nAustralia will give Fiji "
        "A$30 million for policing, the Minister said in Suva.",
        "Pat Conroy",
        "Minister for Pacific Island Affairs",
    ),
]


@pytest.mark.parametrize(("text", "name", "office"), RELEASES)
def test_the_letterhead_office_is_the_role(text, name, office):
    assert role(text, name) == office


def test_an_office_said_before_the_name_outweighs_the_tables():
    text = "Samoa will get the grant, the Minister of Foreign Affairs, Winston Peters, told reporters in Apia."
    assert role(text, "Winston Peters") == "Minister of Foreign Affairs"


def test_a_westminster_style_between_the_office_and_the_name():
    text = "Trade Minister Senator the Hon Don Farrell said Australia and India would resume talks next month."
    assert role(text, "Don Farrell") == "Trade Minister"


def test_a_title_before_the_name_and_a_line_that_is_no_office_stay():
    text = "Foreign Minister Penny Wong met the Minister for Trade, Don Farrell, in Canberra."
    assert role(text, "Penny Wong") == "Foreign Minister"
    text = "Trade talks resume in Delhi\nWinston Peters arrives on Monday for the talks, New Zealand said."
    assert role(text, "Winston Peters") == "Foreign Minister"  # the table's, no office said
