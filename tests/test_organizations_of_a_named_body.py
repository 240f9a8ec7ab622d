"""Organisations named "X of the Y" where Y is itself a body's name: the whole is one name (the Council of the
European Union is not the European Union); an organ of a known body ("Board of Governors of ...") stays the
organ rules'. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Council of the European Union approved the sanctions package on Monday.",
            "Council of the European Union",
        ),
        (
            "Judges at the Court of Justice of the European Union ruled against the airline.",
            "Court of Justice of the European Union",
        ),
        ("A decision by the Commission of the African Union was expected in March.", "Commission of the African Union"),
        (
            "The Peace and Security Council of the African Union met in Addis Ababa.",
            "Peace and Security Council of the African Union",
        ),
        (
            "The Parliamentary Assembly of the Council of Europe condemned the vote.",
            "Parliamentary Assembly of the Council of Europe",
        ),
        (
            "The Council of the Eurasian Economic Commission approved new tariffs.",
            "Council of the Eurasian Economic Commission",
        ),
        (
            "The Court of Auditors of the European Union criticised the spending.",
            "Court of Auditors of the European Union",
        ),
        (
            "The General Secretariat of the Council of the European Union issued a note.",
            "General Secretariat of the Council of the European Union",
        ),
        ("The Court of Justice of the Andean Community heard the case.", "Court of Justice of the Andean Community"),
    ],
)
def test_a_body_of_a_named_body_is_one_name(text, name):
    found = organizations(text)
    assert name in found
    assert not {n for n in found if n != name and n in name}


def test_a_bare_head_after_of_the_names_no_inner_body():
    # the press service is the ministry's unit, no body of its own (test_organizations_units_of_a_body.py)
    assert not {"Ministry", "Press Service"} & organizations(
        "The Press Service of the Ministry said the visit went well."
    )
