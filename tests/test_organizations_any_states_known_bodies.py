"""A known body's name that any state's body may bear (`Board of Investment`, `Higher Education Commission`), after
another state's possessive, is that state's body, not the known one; brands stay the known body whoever is named
before them (sentences written for these tests: the knowledge base knows Pakistan's Board of Investment, Higher
Education Commission, National Disaster Management Authority, National Logistics Cell and Economic Affairs
Division and Turkey's Foreign Economic Relations Board)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.name_keys import any_states_body
from pipelines.extract.settings import default_settings
from tests.conftest import body_mention, identity_ids


def _bodies(text: str) -> list[tuple[str, str | None, str]]:
    actors = extract_article(text, default_settings()).actors
    return [(a.name, a.country, a.actor_id) for a in actors if a.actor_type == "organization"]


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Thailand's Board of Investment approved 12 electric-vehicle projects on Friday.",
            "Board of Investment",
            "THA",
        ),
        (
            "Sri Lanka's Board of Investment signed an agreement with a tyre maker in Colombo.",
            "Board of Investment",
            "LKA",
        ),
        ("The Philippines' Board of Investment registered a solar plant in Luzon.", "Board of Investment", "PHL"),
        (
            "Bangladesh's Higher Education Commission will fund 300 doctoral places with Malaysian universities.",
            "Higher Education Commission",
            "BGD",
        ),
        (
            "Nepal's National Disaster Management Authority asked India for helicopters after the landslides.",
            "National Disaster Management Authority",
            "NPL",
        ),
        (
            "Kenya's Foreign Economic Relations Board hosted a business delegation from Ankara.",
            "Foreign Economic Relations Board",
            "KEN",
        ),
        ("Malawi's National Logistics Cell will move the maize north.", "National Logistics Cell", "MWI"),
        ("Ethiopia's Economic Affairs Division has not yet signed the loan.", "Economic Affairs Division", "ETH"),
        (
            "Uganda's National Disaster Management Authority sent tents to Kasese.",
            "National Disaster Management Authority",
            "UGA",
        ),
    ],
)
def test_a_known_body_s_name_after_another_state_s_possessive_is_that_state_s_body(text, name, state):
    assert (name, state) in [(n, c) for n, c, _ in _bodies(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's Board of Investment met Chinese investors in Lahore on Tuesday.",
        "The Board of Investment approved three projects in Karachi on Monday.",
    ],
)
def test_the_known_body_itself_stays_the_known_one(text):
    assert [(n, c, key) for n, c, key in _bodies(text)] == [("Board of Investment", "PAK", "boi")]


def test_the_known_acronym_said_later_is_the_state_s_body():
    text = (
        "Thailand's Board of Investment approved 12 projects on Friday. BOI secretary-general Narit Therdsteerasukdi "
        "said more would follow."
    )
    assert [(n, c) for n, c, _ in _bodies(text)] == [("Board of Investment", "THA")]


def test_brands_and_names_of_their_own_are_no_body_any_state_may_bear():
    assert any_states_body("Board of Investment", "PAK")
    assert any_states_body("Higher Education Commission", "PAK")
    for name, state in [("Anadolu Agency", "TUR"), ("Suez Canal Authority", "EGY"), ("Yonhap News Agency", "KOR")]:
        assert not any_states_body(name, state)


def test_another_state_s_body_of_that_name_is_keyed_by_its_state_not_the_known_body():
    mentions = [
        body_mention("a", "Board of Investment", "THA"),
        body_mention("b", "Board of Investment", "PAK"),
        body_mention("c", "Board of Investment", "THA"),
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[2] != ids[1]
    assert ids[1] == "boi"
