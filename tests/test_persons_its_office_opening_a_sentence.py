"""An office said with "Its" at the opening of a sentence ("Its president, NAME, was in the delegation") is held at
the body the sentence before speaks of first, its subject: the person is of that body's state, not of the story's
host. Sentences written for these tests; the last ones must keep the state a sentence gives."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


CASES = [
    (
        "Uzbekistan and Uzbekneftegaz want more gas for Tashkent. Lukoil will drill twelve new wells at Kandym next "
        "year. Its vice-president, Oleg Sokolov, signed the addendum in Tashkent, where Uzbekistan hosted the talks.",
        "Oleg Sokolov",
        "RUS",
    ),
    (
        "Georgia's gas network needs work, and Georgia wants cheaper gas. The State Oil Company of Azerbaijan "
        "Republic (SOCAR) will invest $200 million in it this year. Its president, Kamran Aliyev, was in the "
        "delegation to Tbilisi.",
        "Kamran Aliyev",
        "AZE",
    ),
    (
        "Mozambique's gas terminal opened on Monday in Mozambique's north. Petrobras says exports will double by "
        "2026. Its chief executive, Mariana Lopes, said Mozambique was a core market.",
        "Mariana Lopes",
        "BRA",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_its_office_is_held_at_the_body_of_the_sentence_before(text, name, state):
    assert country(text, name) == state


def test_a_sentence_before_without_a_body_or_a_state_given_say_nothing_of_it():
    text = (
        "Kenya and Uganda agreed on the pipeline route. Kenya will pay for the terminal. Its energy secretary, "
        "Davis Chirchir, said Kenya would own half."
    )
    assert country(text, "Davis Chirchir") == "KEN"
    text = (
        "Turkey and Azerbaijan signed the deal in Baku. SOCAR will supply the gas. Turkish Energy Minister Ali Kaya "
        "said Turkey would buy more."
    )
    assert country(text, "Ali Kaya") == "TUR"
