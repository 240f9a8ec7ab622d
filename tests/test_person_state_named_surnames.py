"""A surname that is a state's name closes a name of two words after an office (`Finance Minister NAME Mali`,
`Trade Minister NAME Chile`), but a known surname before a state's name, or a state's possessive, ends the name.
Sentences written for these tests, in several outlets' styles."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name, language",
    [
        ("Finance Minister Dragan Mali plans to borrow 600 billion dinars this year.", "Dragan Mali", "en"),
        ("Trade Minister Tomás Chile told reporters the quota would rise.", "Tomás Chile", "en"),
        ("The talks were led by Deputy Minister Pedro Montenegro in Lisbon.", "Pedro Montenegro", "en"),
        ("Serbia's Finance Minister Goran Mali said the bond would be sold in euros.", "Goran Mali", "en"),
        ("Guests: Finance Minister Ivo Montenegro (Portugal), Ana Costa (Brazil)", "Ivo Montenegro", "en"),
    ],
)
def test_a_state_named_surname_stays_in_the_name(text, name, language):
    assert name in persons(text, language)


@pytest.mark.parametrize(
    "text, name",
    [
        ("President Erdogan Turkey and Pakistan signed the accord.", "Erdogan"),
        ("Prime Minister Shehbaz Sharif Pakistan's team will sign the accord.", "Shehbaz Sharif"),
    ],
)
def test_a_known_surname_or_a_possessive_state_ends_the_name(text, name):
    assert name in persons(text)


def test_an_article_before_a_state_is_no_given_name():
    text = "Le Nigeria, premier partenaire du port, a signé l'accord avec le Bénin."
    assert "Le Nigeria" not in persons(text, "fr")
