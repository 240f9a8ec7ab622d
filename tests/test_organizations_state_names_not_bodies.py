"""A state's name alone, in English or in the article's language (`Angola`, `Sénégal`, `Omán`), is the state, never
a body, whatever rule read it as one (`the Board of Directors of NAME Company`: the state opens the company's name).
Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        (
            "O banco vai ampliar o financiamento de obras de empresas portuguesas a Moçambique, anunciou o "
            "ministro das Finanças em Maputo.",
            "pt",
            "Moçambique",
        ),
        (
            "STOCK EXCHANGE DISCLOSURE\n\nThe Board of Directors of Qatar Jet Fuel Distribution Company QSC is "
            "pleased to inform the shareholders that the company signed a supply agreement today.",
            "en",
            "Qatar",
        ),
        (
            "The Board of Directors of Kenya Grain Handling Company Limited approved the new silo on Monday.",
            "en",
            "Kenya",
        ),
    ],
)
def test_a_states_name_is_no_body(text, language, state):
    assert state not in organizations(text, language)
