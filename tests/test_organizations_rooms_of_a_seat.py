"""A room of a seat of government named with a body's head noun (`the Oval Office`) is a place where leaders meet,
no body; the seat that acts stays one (`the White House said`). Rooms in rooms_named_like_bodies. Sentences written
for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Trump met the crown prince in the Oval Office on Tuesday.",
        "Biden signed the executive order in the Oval Office.",
        "The two leaders held talks in the Oval Office before lunch.",
        "Reporters were ushered into the Oval Office for the statement.",
        "From the Oval Office, the president announced new tariffs on steel.",
        "Modi and Trump spoke to reporters in the Oval Office.",
    ],
)
def test_a_room_of_a_seat_of_government_is_no_body(text):
    assert "Oval Office" not in organizations(text)


def test_the_seat_that_speaks_stays_a_body():
    found = organizations("The White House said the meeting in the Oval Office lasted an hour.")
    assert found == {"White House"}
