"""Full names of bodies, on sentences written for these tests: a demonym before a state body's formal name says
whose body it is and is no word of it; an adjective of the name's own opens a Spanish or Portuguese name."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {(a.name, a.country) for a in found if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Figures from the Kenyan Ministry of Trade show a rise.", ("Ministry of Trade", "KEN")),
        ("The Uzbek Cabinet of Ministers approved the decree on Friday.", ("Cabinet of Ministers", "UZB")),
        ("Officials of the Ghanaian Department of Customs met the delegation.", ("Department of Customs", "GHA")),
    ],
)
def test_a_demonym_before_a_state_bodys_formal_name_is_its_state_not_its_name(text, expected):
    assert expected in organizations(text)


def test_a_demonym_stays_in_a_name_that_is_no_formal_body_name():
    assert ("Kenyan Navy", "KEN") in organizations("The Kenyan Navy sent two ships.")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("El acuerdo fue firmado con la Nueva Agencia de Cooperación del Sur en Lima.", "es", "Nueva Agencia"),
        ("O projeto será financiado pelo Novo Fundo de Investimento, disse o ministro.", "pt", "Novo Fundo"),
    ],
)
def test_an_adjective_of_the_name_opens_a_romance_name(text, language, name):
    assert any(found.startswith(name) for found, _ in organizations(text, language))


def test_the_states_a_bodys_of_phrase_lists_close_its_name():
    text = "Talks on joining the Payments Union of Armenia, Georgia and Moldova resumed."
    assert "Payments Union of Armenia, Georgia and Moldova" in {name for name, _ in organizations(text)}


def test_a_missions_of_phrase_names_one_state():
    found = organizations("The Embassy of Peru, Chile and Bolivia said so.")
    assert not any(" and " in name for name, _ in found)


def test_a_body_named_again_without_its_states_is_the_same_body():
    text = "Talks on joining the Payments Union of Armenia, Georgia and Moldova resumed. The Payments Union grew."
    assert {name for name, _ in organizations(text)} == {"Payments Union of Armenia, Georgia and Moldova"}
