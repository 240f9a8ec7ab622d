"""Organisation names on sentences written for these tests: a body cited after `told` keeps no possessive mark
(`told the National Assembly's budget committee`), a people's adjective and the members it qualifies go on with
an `of` phrase (`Federation of Ghanaian Exporters`), and a name after a hyphened participle runs to the end of its
capitalised words (`the Kenya-based East African Grain Traders Network`), not to its fourth word."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


def test_a_body_told_in_the_possessive_is_named_without_it():
    found = organizations("The finance minister told the National Assembly's budget committee that revenue fell.")
    assert "National Assembly" in found
    assert "National Assembly's" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Federation of Ghanaian Exporters welcomed the tariff cut.", "Federation of Ghanaian Exporters"),
        ("A delegation of the Federation of Korean Industries arrived on Monday.", "Federation of Korean Industries"),
        (
            "The Association of Chilean Chambers of Commerce and Industry signed the memorandum.",
            "Association of Chilean Chambers of Commerce and Industry",
        ),
    ],
)
def test_members_after_a_peoples_adjective_stay_in_the_name(text, expected):
    assert expected in organizations(text)


def test_a_name_after_a_hyphened_participle_runs_to_its_last_capitalised_word():
    found = organizations("Uganda has joined the Kenya-based East African Grain Traders Network this year.")
    assert "East African Grain Traders Network" in found
    assert "East African Grain Traders" not in found
