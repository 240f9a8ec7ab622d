"""An outlet's desk named by a language, a people or a city after the outlet's possessive (`RFE/RL's Kyrgyz Service`,
`the BBC's Persian Service`, `Xinhua's Nairobi Bureau`) is the outlet's own unit: the outlet is the organisation,
the desk no body of its own. A state's service after the state's possessive stays a body (`Kazakhstan's State
Revenue Service`). Languages from pycountry (ISO 639-1 names). Sentences written for these tests; of the battery of
12, one desk stays a body (`VOA's Pashto Service`: ISO 639-1 names the language `Pushto`)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "outlet", "desk"),
    [
        ("RFE/RL's Kazakh Service reported the arrests on Monday.", "RFE/RL", "Kazakh Service"),
        ("The BBC's Persian Service said the talks had stalled.", "BBC", "Persian Service"),
        ("VOA's Urdu Service interviewed the minister.", "VOA", "Urdu Service"),
        ("According to RFE/RL's Tajik Service, the border was closed.", "RFE/RL", "Tajik Service"),
        ("Deutsche Welle's Russian Service broadcast the interview.", "Deutsche Welle", "Russian Service"),
        ("The Herald's Washington Bureau obtained the memo.", None, "Washington Bureau"),
        ("Al Jazeera's Arabic Service carried the speech.", "Al Jazeera", "Arabic Service"),
        ("Xinhua's Nairobi Bureau filed the report.", "Xinhua", "Nairobi Bureau"),
        ("RFE/RL's Uzbek Service said the border reopened.", "RFE/RL", "Uzbek Service"),
        ("Radio Liberty's Kyrgyz Service said the talks ended.", None, "Kyrgyz Service"),
        ("The Guardian's Moscow Bureau was closed in 2022.", None, "Moscow Bureau"),
    ],
)
def test_an_outlets_desk_after_its_possessive_is_no_body(text, outlet, desk):
    found = organizations(text)
    assert desk not in found
    assert outlet is None or outlet in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kazakhstan's State Revenue Service collected the tax.", "State Revenue Service"),
        ("Pakistan's Federal Investigation Agency arrested him.", "Federal Investigation Agency"),
        ("BBC Urdu Service said the convoy was attacked.", "BBC Urdu Service"),
    ],
)
def test_a_states_service_after_its_possessive_stays_a_body(text, name):
    assert name in organizations(text)
