"""A second batch of sentences written for the classes of test_organizations_kind_nouns_before_names.py, after the
fixes: a lower-case noun of what a body is before its name, names in apposition to a plural firm word, the office
of a company naming it, a date opening a run of capitalised words, and an apposition calling a name a company."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The terminal will be built by the Chinese contractor Hualong Marine over three years.", {"Hualong Marine"}),
        ("Kenyan state bank KDB.KE has extended a credit line to the farmers.", {"KDB.KE"}),
        ("The Dutch shipping group Vandermeer Lijn will add a call at Mombasa.", {"Vandermeer Lijn"}),
        (
            "Miners' union NUMSA and the transport unions SATAWU and TAWUSA joined the strike.",
            {"NUMSA", "SATAWU", "TAWUSA"},
        ),
        ("The two grid operators, Elnet and PowerLink East, will split the cost.", {"Elnet", "PowerLink East"}),
        ("The project is led by Norwegian energy major Vardhold with a 40% stake.", {"Vardhold"}),
        ("The minister met executives of Zentrava, Bosch and Allianz in Munich.", {"Zentrava"}),
        ("Keltronix chief executive Amara Obi said the factory would open next year.", {"Keltronix"}),
        ("He was joined by the heads of Astrakhan Shipyard and Volgatrans.", {"Astrakhan Shipyard", "Volgatrans"}),
        ("In July the African Export-Import Bank approved the facility.", {"African Export-Import Bank"}),
        (
            "Last March the Asian Infrastructure Investment Bank lent $200 million.",
            {"Asian Infrastructure Investment Bank"},
        ),
        ("Fiji Link, the regional carrier, will add flights to Savusavu.", {"Fiji Link"}),
        ("Orbitel, a subsidiary of a Gulf telecom group, won the licence.", {"Orbitel"}),
    ],
)
def test_second_batch(text, expected):
    assert organizations(text) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "The bank Friday said that rates would stay on hold.",
        "Nigerian president Bola Tinubu met the president of Ghana in Accra.",
        "Samir Haddad, the Lebanese co-founder of the group, resigned.",
        "In March Theresa May visited the region.",
    ],
)
def test_second_batch_no_false_body(text):
    assert not organizations(text) - {"Ghana"}
