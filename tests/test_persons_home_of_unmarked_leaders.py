"""A report leaves its own side's office holders without a state ("President NAME") and marks the other side's
("Chinese envoy NAME"): where no dateline, masthead or currency says whose report it is, the one state whose known
holders the titles leave unmarked is home, so its other officials are that state's even where the story names
the partner more. Sentences written for these tests; the last ones must not pick a home."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


CASES = [
    (
        "President William Ruto flagged off the first freight train to Naivasha on Friday. China lent most of the "
        "money, China Road and Bridge built the line, and China wants the loan repaid by 2034. Transport Cabinet "
        "Secretary Joseph Mwangi said China had agreed to a longer grace period.",
        "Joseph Mwangi",
        "KEN",
    ),
    (
        "President Bola Tinubu met the Chinese ambassador on Monday. China and Chinese banks will fund the "
        "railway, and China's Exim Bank is to sign in May. Finance Minister Adamu Bello said China had waived "
        "the insurance fee.",
        "Adamu Bello",
        "NGA",
    ),
    (
        "President Hakainde Hichilema told investors that the mines would reopen. China owns two of them; China "
        "and Chinese smelters buy most of the copper. Mines Minister Paul Kabuswe said China had pledged more.",
        "Paul Kabuswe",
        "ZMB",
    ),
    (
        "President Ferdinand Marcos Jr. witnessed the signing in Manila. Japan will lend the money; Japan and "
        "Japanese yards will build the ships, and Japan will train crews. Transportation Secretary Jaime Bautista "
        "said the first ship would arrive in 2026.",
        "Jaime Bautista",
        "PHL",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_officials_beside_an_unmarked_leader_are_of_the_leaders_state(text, name, state):
    assert country(text, name) == state


def test_two_states_unmarked_leaders_or_a_marked_one_pick_no_home():
    text = (
        "President Xi Jinping and President Kassym-Jomart Tokayev met in Astana. Kazakhstan wants transit fees, "
        "Kazakhstan's railways want wagons, and Kazakhstan will build a dry port. Transport Minister Marat "
        "Karabayev said the port would open in 2027."
    )
    assert country(text, "Marat Karabayev") == "KAZ"  # the most named state
    text = (
        "Kenyan President William Ruto arrived for talks on the railway. China will extend the line, China's "
        "banks will lend, and China wants more exports. Commerce Minister Wang Lei said talks went well."
    )
    assert country(text, "Wang Lei") == "CHN"
