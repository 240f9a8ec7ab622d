"""The outlet a page names as its own, in its masthead (the page's first line, with no sentence end) or in a byline
crediting it in brackets, publishes the story and takes no part in it: no actor. An outlet the story cites, a
wire's dateline and a body's own letterhead stay actors."""

import pytest

from pipelines.extract.article import extract_article

STORY = (
    "Chile and Vietnam signed a fisheries accord on Tuesday, the Ministry of Foreign Affairs said, and the "
    "Inter-American Development Bank will fund a study of the port.\n"
)


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("VALPARAISO HERALD | The coast's own paper\n\n", "Valparaiso Herald"),
        ("MEKONG EVENING TRIBUNE\nNews | Business | Sport\n\n", "Mekong Evening Tribune"),
        ("ANDES RADIO NETWORK -- MORNING BULLETIN -- 3 May 2022\n\n", "Andes Radio Network"),
        ("PACIFIC MINING & SHIPPING WIRE\nPorts | Fisheries\n\n", "Pacific Mining & Shipping Wire"),
        (
            " date 2022-05-03 Chile, Vietnam sign accord\nSANTIAGO COURIER ONLINE - Nacional, Economía\n\n",
            "Santiago Courier",
        ),
        ("Chile, Vietnam sign fisheries accord\nLuisa Ortega (The Santiago Star)\n\n", "Santiago Star"),
        ("Luisa Ortega (The Hanoi Post) - May 3, 2022 - 9:00am\n\n", "Hanoi Post"),
    ],
)
def test_the_page_s_own_outlet_is_no_actor(head, outlet):
    found = organizations(head + STORY)
    assert outlet not in found
    assert {"Ministry of Foreign Affairs", "Inter-American Development Bank"} <= found


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # a state agency heads its own release
        ("KOREA TRADE PROMOTION AGENCY\n\n" + STORY, "Korea Trade Promotion Agency"),
        # an outlet the story cites is a source
        (STORY + "The minister told the Valparaiso Herald that talks would go on.\n", "Valparaiso Herald"),
        # a wire's dateline names its agency
        ("SANTIAGO, May 3 (Andes Wire) – " + STORY, "Andes Wire"),
    ],
)
def test_a_cited_outlet_a_dateline_and_a_letterhead_stay_actors(text, outlet):
    assert outlet in organizations(text)


def test_a_first_line_that_is_a_sentence_is_no_masthead():
    text = "The Valparaiso Herald reported that Chile and Vietnam signed a fisheries accord on Tuesday.\n"
    assert "Valparaiso Herald" in organizations(text)
