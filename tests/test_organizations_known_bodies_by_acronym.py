"""International bodies, lenders and state agencies that news names by an acronym or a short name alone (`ICJ`,
`FBI`, `UEFA`, `AusAID`) are known bodies (`organizations.csv`); a known name right after a month or a day that
opens the sentence is named whole ("In April Gazprom completed ...")."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name: a for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected", "state"),
    [
        ("Belize says it will take the border dispute to the ICJ next year.", "ICJ", None),
        ("Officials said the FBI would share case files with the Kenyan police.", "FBI", "USA"),
        ("UEFA inspectors will visit the stadiums of both host countries.", "UEFA", None),
        ("An IFAD loan will help rice farmers in northern Ghana.", "IFAD", None),
        ("The MIGA guarantee covers the solar plant against political risk.", "MIGA", None),
        ("Norad will fund two more schools in Malawi.", "Norad", "NOR"),
        ("The project was first funded by AusAID in 2009.", "AusAID", "AUS"),
        ("The dam is backed by Proparco and two local banks.", "Proparco", "FRA"),
    ],
)
def test_a_known_body_named_by_its_short_name(text, expected, state):
    found = organizations(text)
    assert expected in found
    assert found[expected].country == state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April Gazprom completed the purchase of the gas network.", "Gazprom"),
        ("Last March Rosneft signed a supply deal with India.", "Rosneft"),
        ("On Monday Petrobras said its output rose.", "Petrobras"),
    ],
)
def test_a_known_name_right_after_a_date_is_named(text, expected):
    assert set(organizations(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "In May Smith said the talks would resume.",
        "JOIN US at the trade fair in Lagos next week.",
        "Ida Lindqvist will lead the fisheries delegation.",
    ],
)
def test_words_like_those_names_name_no_body(text):
    assert not organizations(text)
