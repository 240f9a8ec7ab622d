"""A state's body named alone by two words ("National Treasury") before its officers' titles names the body, as
"Finance Ministry spokesman NAME" does; one word before an office ("Treasury Secretary") is the office's, and a
security after either is no body. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    "text",
    [
        "The works are ongoing, National Treasury Cabinet Secretary John Mbadi said.",
        "National Treasury Principal Secretary Chris Kiptoo signed the loan.",
        "South Africa's National Treasury spokesman said the budget was tight.",
    ],
)
def test_a_two_word_body_before_its_officer_s_title_is_named(text):
    assert "National Treasury" in organizations(text)


@pytest.mark.parametrize(
    "text",
    ["Treasury Secretary Scott Bessent said the tariffs would stay.", "National Treasury bills sold well."],
)
def test_an_office_or_a_security_is_no_body(text):
    assert organizations(text) == set()
