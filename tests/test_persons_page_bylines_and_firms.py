"""Persons: bylines in page furniture, firms and places the model reads as persons; sentences written for these
tests."""

from tests.test_extract_actors import model_persons


def test_a_byline_after_a_publishing_verb_a_stamp_or_a_separator_is_no_person():
    text = (
        "Published on May 3, 2019 by Tomas Lindqvist\n"
        "Sweden and Kenya signed a trade accord, said Amina Odhiambo.\n"
        "June 2, 2021 at 8:15 pm | By Greta Holm\n"
        "Posted by Ruth Mwangi | Business | 2 comments\n"
    )
    proposed = ["Tomas Lindqvist", "Amina Odhiambo", "Greta Holm", "Ruth Mwangi"]
    assert set(model_persons(text, proposed)) == {"Amina Odhiambo"}


def test_a_name_read_by_the_writer_in_a_sentence_stays_a_person():
    text = "The plan, drafted by Amina Odhiambo, was posted online. Kenya and Sweden agreed."
    assert set(model_persons(text, ["Amina Odhiambo"])) == {"Amina Odhiambo"}


def test_a_proposed_name_with_a_separator_in_it_is_no_person():
    text = "Posted in Opinion\nRuth K. | Analysis\nKenya and Sweden agreed on Monday."
    assert model_persons(text, ["Ruth K. | Analysis"]) == {}
