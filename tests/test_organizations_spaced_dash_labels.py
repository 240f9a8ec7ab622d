"""A dash between spaces parts a page's labels, as a menu's gap does: the issuer and its desk ("Ministry of X -
Press Service"), an acronym and its full name ("NEPRA - National ..."), a state and its ministry ("Kingdom of X -
Ministry of Y") are judged apart; a body's one-word short name styled before its full name stays whole (sentences
written for these tests)."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _bodies(text: str) -> list[str]:
    return [a.name for a in extract_article(text, default_settings()).actors if a.actor_type == "organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ministry of Agriculture of Kenya - Press Service\n\nMaize imports would rise.",
            "Ministry of Agriculture of Kenya",
        ),
        (
            "NEPRA - National Electric Power Regulatory Authority\n\nThe regulator approved a tariff for a new plant.",
            "National Electric Power Regulatory Authority",
        ),
        (
            "Kingdom of Morocco - Ministry of Tourism\n\nThe ministry welcomed 2 million visitors from Spain in 2019.",
            "Ministry of Tourism",
        ),
        (
            "Port Authority of Jamaica - Media Release - Kingston\n\nThe authority signed a dredging deal.",
            "Port Authority of Jamaica",
        ),
        (
            "Bangladesh Bank - Monetary Policy Department\n\nThe central bank kept its policy rate at 6 percent.",
            "Bangladesh Bank",
        ),
        (
            "KOICA - Korea International Cooperation Agency\n\nThe agency will build a school in Quelimane.",
            "Korea International Cooperation Agency",
        ),
        (
            "Embassy of Chile in Canberra - Consular Section\n\nThe embassy issued 300 work visas in March.",
            "Embassy of Chile in Canberra",
        ),
        (
            "The Camões - Instituto da Cooperação e da Língua opened a school in Dili.",
            "Camões - Instituto da Cooperação e da Língua",
        ),
    ],
)
def test_a_spaced_dash_parts_labels_and_keeps_the_body(text, name):
    bodies = _bodies(text)
    assert name in bodies
    assert not [b for b in bodies if b != name and (" - " in b or b.startswith("-"))]


def test_a_desk_after_a_dash_is_no_body_of_its_own_name():
    text = "Ministry of Finance of Ghana - Press Service\n\nThe ministry released GH¢ 2 billion for roads."
    assert not [b for b in _bodies(text) if "Press Service" in b]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The India - Japan Chamber of Commerce met in Osaka on Friday.", "India - Japan Chamber of Commerce"),
        ("Officials of the Russia - Belarus Union met in Minsk.", "Russia - Belarus Union"),
    ],
)
def test_a_dash_between_two_states_joins_them_in_one_body_s_name(text, name):
    assert name in _bodies(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Kingdom of Morocco - Ministry of Tourism\n\nThe ministry welcomed 2 million visitors from Spain.", "MAR"),
        ("Republic of Kenya - Ministry of Health\n\nThe ministry received vaccines from India.", "KEN"),
    ],
)
def test_a_letterhead_s_state_before_a_dash_is_its_body_s_state(text, state):
    actors = extract_article(text, default_settings()).actors
    assert [a.country for a in actors if a.actor_type == "organization" and a.name.startswith("Minist")] == [state]
