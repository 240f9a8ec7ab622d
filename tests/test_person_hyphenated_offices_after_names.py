"""An office of two words joined by a hyphen, written in lower case after a name ("NAME, director-general of the
World Trade Organization"), is the whole office, and an office at an international body serves no state. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def person(text):
    (found,) = [a for a in extract_actors(text) if a.actor_type == "person"]
    return found


@pytest.mark.parametrize(
    ("apposition", "role"),
    [
        ("director-general of the World Trade Organization", "director-general"),
        ("secretary-general of the United Nations", "secretary-general"),
        ("secretary general of the African Union", "secretary general"),
        ("managing director of the International Monetary Fund", "managing director"),
    ],
)
def test_a_hyphenated_office_after_a_name_at_an_international_body(apposition, role):
    found = person(f"Kenya and Ghana agreed with Kenya on Monday. Amina Diallo, {apposition}, praised the deal.")
    assert (found.name, found.role, found.country) == ("Amina Diallo", role, None)


def test_a_hyphenated_office_at_a_states_body_keeps_its_state():
    found = person("Kenya and Ghana agreed. Amina Diallo, director-general of Ghana's ports authority, spoke.")
    assert found.role == "director-general"
