"""A ministry's or a department's `of` phrase lists its portfolios, and a programme's word may be one of them
(`Policy`, `Road`, `Railways`); a demonym before a state body's full name, `Federal` and a `for` phrase too, says
whose body it is and is no word of the name."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Family and Social Policy in Warsaw drafted the rules.",
            "Ministry of Family and Social Policy",
        ),
        (
            "Seed imports need a permit from the Ministry of Agrarian Policy and Food.",
            "Ministry of Agrarian Policy and Food",
        ),
        (
            "The Department of Urban Planning and Housing approved the towers.",
            "Department of Urban Planning and Housing",
        ),
        (
            "A loan for the Ministry of Port, Shipping and Waterways was approved.",
            "Ministry of Port, Shipping and Waterways",
        ),
        ("The Ministry of Railways will lease 40 locomotives from Daqing.", "Ministry of Railways"),
        (
            "Tenders are run by the Ministry of Road Development and Highways.",
            "Ministry of Road Development and Highways",
        ),
    ],
)
def test_a_programme_word_among_a_ministrys_portfolios(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Trade Policy Forum opened in Nairobi on Monday.",  # a forum named after a ministry
        "The Ministry of Health Project Support Unit will buy the vaccines.",  # a project's unit
        "The Department of Energy Project in Mindanao was cancelled.",
    ],
)
def test_a_programme_named_after_a_ministry_is_no_body(text):
    assert not any(
        name.startswith(("Ministry", "Department")) and len(name.split()) > 3 for name in organizations(text)
    )


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Austrian Federal Ministry for Climate Action funds the study.",
            "Federal Ministry for Climate Action",
            "AUT",
        ),
        ("He met officials of the Nigerian Federal Ministry of Health.", "Federal Ministry of Health", "NGA"),
        ("The Swiss Department for Foreign Affairs summoned the envoy.", "Department for Foreign Affairs", "CHE"),
        (
            "The Bolivian Ministry of Hydrocarbons and Energy said output rose.",
            "Ministry of Hydrocarbons and Energy",
            "BOL",
        ),
    ],
)
def test_a_demonym_before_a_state_body_is_its_state(text, name, country):
    assert organizations(text).get(name) == country
