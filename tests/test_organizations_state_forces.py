"""A state's armed forces named in lower case after its demonym, name or possessive, on sentences written for these
tests: the state's body ('the Ukrainian armed forces', 'the Yugoslav army')."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.settings import CorpusSettings


def organizations(text):
    settings = CorpusSettings(person_model="")
    return {(a.name, a.country) for a in extract_actors(text, (), settings) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Lithuania will send the Ukrainian armed forces two more radar systems this spring.",
            ("Ukrainian armed forces", "UKR"),
        ),
        ("Monitors reported that Serbian army units had left the border villages.", ("Serbian army", "SRB")),
        ("Witnesses said the Chinese army had closed the road to the port.", ("Chinese army", "CHN")),
        ("The loan will buy trucks for Kenya's armed forces, the treasury said.", ("armed forces", "KEN")),
    ],
)
def test_a_states_armed_forces_in_lower_case_are_its_body(text, body):
    assert body in organizations(text)


def test_an_army_without_a_state_stays_none():
    assert organizations("The army said the road would reopen after the floods.") == set()
