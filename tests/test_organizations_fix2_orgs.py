"""Organisation classes of the second fixing round, on sentences written for these tests: page furniture (a
site's sections on a menu line) is never an actor."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Front Page | Nation | Gulf & Region | Markets | Culture\n\nThe two ministers met in Doha on Monday.",
        "News > Politics > Asia & Pacific > Trade\n\nThe ministers agreed to extend the accord by two years.",
    ],
)
def test_a_section_on_a_menu_line_is_no_organization(text):
    assert organizations(text) == set()


def test_a_known_body_on_a_menu_line_is_still_named():
    text = "Home | World Bank | Markets | Opinion\n\nThe two states signed the loan on Monday."
    assert "World Bank" in organizations(text)
