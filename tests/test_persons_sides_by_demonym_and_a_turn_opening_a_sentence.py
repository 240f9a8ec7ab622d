"""Two signs of a person's side that a report writes without naming a state: a dateline's place whose state the
story only qualifies by a demonym ("DHAKA -- ... Bangladeshi garment makers ..."), whose unqualified officials are
that state's, while a wire's own state used as a demonym ("Chinese-built") does not make it home; and a sentence
that opens by turning to one side ("On the Korean side, Minister of Trade, Industry and Energy NAME"), even where
the office holds commas and small words. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def country(text: str, name: str) -> str | None:
    return next(a.country for a in extract_actors(text) if a.name == name)


DATELINE_STATE_ONLY_QUALIFIED = [
    (
        "DHAKA, March 4 -- Japanese lenders will fund a metro line, and Bangladeshi garment makers welcomed the "
        "deal. Japan is the largest donor. Japanese Ambassador Kenji Mori signed the loan with Finance Secretary "
        "Rahim Uddin.",
        "Rahim Uddin",
        "BGD",
    ),
    (
        "ACCRA, June 9 -- A Chinese firm will build the Tema road, and Ghanaian contractors will supply the stone. "
        "China is the largest lender. Chinese Ambassador Wu Peng attended. Roads Minister Kwame Osei signed the deal.",
        "Kwame Osei",
        "GHA",
    ),
    (
        "HANOI, Oct. 2 -- Korean investors pledged more funds, and Vietnamese exporters expect higher sales. Korea "
        "is the top investor. Korean Ambassador Park Min-ho met Planning Minister Tran Van Long.",
        "Tran Van Long",
        "VNM",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), DATELINE_STATE_ONLY_QUALIFIED)
def test_the_dateline_state_a_story_qualifies_by_a_demonym_is_home(text, name, state):
    assert country(text, name) == state


def test_a_wires_own_demonym_does_not_make_its_state_home():
    text = (
        "NAIROBI, May 3 (Xinhua) -- Kenya will extend the Chinese-built railway to the Ugandan border, Transport "
        "Cabinet Secretary Paul Mutua said on Tuesday. Kenya and Uganda signed the deal in Nairobi."
    )
    assert country(text, "Paul Mutua") == "KEN"


SIDE_TURNS = [
    (
        "Saudi Arabia and Korea signed 20 agreements. The talks were attended by Minister of Energy Fahad Al-Otaibi. "
        "On the Korean side, Minister of Trade, Industry and Energy Kim Sung-ho attended.",
        "Kim Sung-ho",
        "KOR",
    ),
    (
        "Egypt and Greece signed a grid deal in Cairo. Electricity Minister Hany Fawzy signed it. On the Greek side, "
        "Deputy Minister of Environment and Energy Nikos Pappas was present.",
        "Nikos Pappas",
        "GRC",
    ),
    (
        "Ethiopia and Djibouti reviewed the railway. For the Djiboutian side, Minister of Infrastructure and "
        "Equipment Hassan Ali Farah spoke first.",
        "Hassan Ali Farah",
        "DJI",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), SIDE_TURNS)
def test_a_sentence_that_opens_by_turning_to_a_side_gives_it_to_the_person_after(text, name, state):
    assert country(text, name) == state


def test_a_person_before_the_turn_is_not_of_that_side():
    text = (
        "Egypt and Greece signed a grid deal in Cairo. Electricity Minister Hany Fawzy signed it. On the Greek side, "
        "Deputy Minister of Environment and Energy Nikos Pappas was present."
    )
    assert country(text, "Hany Fawzy") == "EGY"
