"""`State` before a legislature's name says the chamber is the state's and belongs to the name (`the State Great
Khural`, `the State Duma`); the chamber named without it stays as written (`the Great Khural`). Words in
legislature_prefixes. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mongolia's State Great Khural approved the agreement on Friday.", "State Great Khural"),
        ("The State Great Khural ratified the treaty with Japan.", "State Great Khural"),
        ("Russia's State Duma passed the bill on Tuesday.", "State Duma"),
        ("The Great Khural of Mongolia debated the mining law.", "Great Khural"),
        ("The Oliy Majlis of Uzbekistan approved the deal.", "Oliy Majlis"),
    ],
)
def test_a_legislature_is_named_with_its_state_prefix(text, name):
    found = organizations(text)
    assert name in found
    assert not {n for n in found if n != name and n in name}
