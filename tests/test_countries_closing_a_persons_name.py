"""A state's name that closes a person's name ("o primeiro-ministro Luís Montenegro", "Finance Minister Amadou
Mali", "el ministro Rodrigo Chile") is part of the name, no mention of the state; a state named on its own in
the same story still is. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def actors(text, language="en"):
    return {(a.actor_type, a.name) for a in extract_actors(text, language=language)}


@pytest.mark.parametrize(
    ("language", "text", "person", "state"),
    [
        (
            "pt",
            "O presidente do Brasil e o primeiro-ministro de Portugal, Luís Montenegro, assinaram hoje um acordo "
            "de comércio em Brasília.",
            "Luís Montenegro",
            "Montenegro",
        ),
        (
            "es",
            "El primer ministro portugués, Luís Montenegro, se reunió en Madrid con empresarios españoles.",
            "Luís Montenegro",
            "Montenegro",
        ),
        (
            "en",
            "LISBON - Portugal's prime minister, Luís Montenegro, said on Monday that trade with Angola would grow.",
            "Luís Montenegro",
            "Montenegro",
        ),
    ],
)
def test_a_state_closing_a_name_is_no_state(language, text, person, state):
    found = actors(text, language)
    assert ("person", person) in found
    assert ("country", state) not in found


def test_the_state_named_on_its_own_stays():
    text = (
        "PODGORICA - Montenegro and Portugal signed a tourism accord on Monday. Portuguese Prime Minister Luís "
        "Montenegro said Montenegro's coast drew more visitors each year."
    )
    found = actors(text)
    assert ("person", "Luís Montenegro") in found
    assert ("country", "Montenegro") in found
