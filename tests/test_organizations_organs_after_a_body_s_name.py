"""An organ named right after its body's known name or acronym is the body's, not an actor of its own: `the IMF
Board approved`, `the SCO Council of Foreign Ministers`, `the GUAM Council of Ministers of Foreign Affairs`. The
same words after no known name or acronym end the body's own name (`Palm Oil Board`, `Kenya Tea Board`).
A lender's board is an actor of its own (`the IMF Board`: test_organizations_lender_boards.py). Sentences written
for these tests, with bodies of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "body", "organ"),
    [
        ("Delegates met at the SCO Council of Foreign Ministers in Astana.", "SCO", "SCO Council of Foreign Ministers"),
        ("The CIS Council of Heads of State will meet in Minsk in October.", "CIS", "CIS Council of Heads of State"),
        ("The OIC Council of Foreign Ministers adopted a text on Gaza.", "OIC", "OIC Council of Foreign Ministers"),
        (
            "The GUAM Council of Ministers of Foreign Affairs met in Kyiv.",
            "GUAM",
            "GUAM Council of Ministers of Foreign Affairs",
        ),
    ],
)
def test_an_organ_after_its_body_s_name_is_the_body(text, body, organ):
    found = organizations(text)
    assert organ not in found
    assert any(body in name or name in body for name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Malaysian Palm Oil Board said exports rose in May.", "Malaysian Palm Oil Board"),
        ("The Cocoa Board of Ghana raised the farm-gate price.", "Cocoa Board of Ghana"),
        ("The Kenya Tea Board will open an office in Karachi.", "Kenya Tea Board"),
    ],
)
def test_the_same_words_after_no_known_body_end_its_own_name(text, name):
    assert name in organizations(text)
