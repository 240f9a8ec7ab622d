"""A university named with the city or town of its campus after a comma (`University of Engineering and Technology,
Lahore`, `University of California, Davis`), as letterheads, bylines and reports write it, on sentences written
for these tests: the campus is part of the name. A state after the comma, a possessive, a word of the sentence or a
list that goes on with `and` is no campus."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None, []) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Students from the University of Engineering and Technology, Lahore will attend.",
            "University of Engineering and Technology, Lahore",
        ),
        ("Scholars of Vietnam National University, Hanoi joined the programme.", "Vietnam National University, Hanoi"),
        (
            "The Indian Institute of Technology, Kanpur signed a pact with the ministry.",
            "Indian Institute of Technology, Kanpur",
        ),
        ("The event at Makerere University, Kampala, drew 300 students.", "Makerere University, Kampala"),
        ("A study by the University of California, Davis found higher yields.", "University of California, Davis"),
        (
            "Engineers trained at the National University of Sciences and Technology, Islamabad.",
            "National University of Sciences and Technology, Islamabad",
        ),
        (
            "A team from Eduardo Mondlane University, Maputo, mapped the delta.",
            "Eduardo Mondlane University, Maputo",
        ),
        ("The seminar of the University of Nairobi, Nairobi, opened on Monday.", "University of Nairobi, Nairobi"),
    ],
)
def test_a_university_with_its_campus_after_a_comma(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He taught at Tbilisi State University, Georgia, for ten years.", "Tbilisi State University"),
        ("Researchers at the University of Peshawar, Pakistan's oldest, studied the flood.", "University of Peshawar"),
        ("He studied at Moscow State University, then joined the ministry.", "Moscow State University"),
        ("Kenyatta University, Nairobi and Makerere University signed the memorandum.", "Kenyatta University"),
        ("Delegates from Cairo University, Egypt and Jordan met in Amman.", "Cairo University"),
        ("Doctors at Karsten University Hospital, Lahore treated the injured.", "Karsten University Hospital"),
    ],
)
def test_no_campus_after_the_comma(text, name):
    assert name in organizations(text)
