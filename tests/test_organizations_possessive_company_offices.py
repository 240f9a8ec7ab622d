"""A name in the possessive before what only a company has (`Proton's chief executive`, `Tesla's shareholders`,
`Ferrexpo's board of directors`) is a company's, whatever its shape; a state, a city, a people, a person or a
head noun alone is none, and the first words of a company named in full before are that company. Words in
company_only_offices, possessive_company_nouns and possessive_office_modifiers. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Proton's chief executive met Malaysian trade officials in Kuala Lumpur.", "Proton"),
        ("Vale's chief executive, Eduardo Bartolomeo, visited Oman to discuss the pellet plant.", "Vale"),
        ("Tesla's shareholders approved the pay package, the carmaker said.", "Tesla"),
        ("Ferrexpo's board of directors approved the dividend in London.", "Ferrexpo"),
        ("Gezhouba's new managing director arrived in Islamabad on Monday.", "Gezhouba"),
    ],
)
def test_a_name_before_a_companys_office_is_a_company(text, company):
    assert company in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pakistan's chief executive met investors in Lahore.", "Pakistan"),
        ("Nairobi's shareholders approved the plan.", "Nairobi"),
        ("The company's chief executive said the plant in Ghana would open in 2026.", "The company"),
        ("Prime Minister Modi's chief executive officer remark drew criticism.", "Modi"),
    ],
)
def test_a_place_a_person_or_a_common_noun_is_no_company(text, name):
    assert name not in organizations(text)


def test_the_first_word_of_a_company_named_in_full_is_that_company():
    found = organizations("Nordmark Chemie AG bought a plant in Ohio. Nordmark's net profit fell in 1990.")
    assert found == {"Nordmark Chemie AG"}
