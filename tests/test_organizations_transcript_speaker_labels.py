"""A transcript's turn label with a bracket before its colon (`HOST (NAME):`, `MINISTER (SOT):`) is no dateline: the
bracket holds the speaker's own name, which labels turns of its own elsewhere, or a cue of the broadcast script
(sound on tape, voice-over), and neither is an outlet. A dateline's agency before a colon stays one. Transcripts
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        (
            "Harbour Talk, Episode 31\nHOST (MAILE): Welcome back to the show.\n"
            "GUEST (TEVITA): The wharf will be finished next year.\nMAILE: Who pays?\nTEVITA: Mostly Japan.\n",
            {"MAILE", "TEVITA"},
        ),
        (
            "Evening Bulletin\nANCHOR: Good evening.\nREPORTER (VO): Crews began work on the bridge on Monday.\n"
            'OKAFOR (SOT): "Nigeria and Benin will both gain from this road."\nANCHOR: Thank you.\n',
            {"VO", "SOT"},
        ),
        (
            "Podcast transcript\nMODERATOR (AIGERIM): Let us begin with the railway.\n"
            "AIGERIM: Kazakhstan wants more freight.\nGUEST: So does China.\n",
            {"AIGERIM"},
        ),
    ],
)
def test_a_speakers_bracket_before_a_colon_names_no_outlet(text, not_bodies):
    assert not (not_bodies & organizations(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("KABUL (Pajhwok): Afghanistan and Uzbekistan on Wednesday signed a memorandum on rail links.", "Pajhwok"),
        ("New Delhi [India], May 2 (ANI): India and Nepal signed a power trade pact on Monday.", "ANI"),
    ],
)
def test_a_datelines_agency_before_a_colon_stays_an_outlet(text, outlet):
    assert outlet in organizations(text)
