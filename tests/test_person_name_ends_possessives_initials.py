"""Where a name ends: a possessive before another capitalised word closes it ("President NAME's Big Four agenda",
"NAME's State Visit"); middle initials written together stay in it ("Governor Agus D.W. Martowardojo"); and a
known office holder's whole name keeps a word that is a sentence word too ("Prime Minister Theresa May became",
"Prime Minister Said Musa"). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: a.text for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The loan is in line with President Wanjiku Mwangi's Big Four agenda, the ministry said.", "Wanjiku Mwangi"),
        ("Prime Minister Rashida Karim's State Visit to Japan begins on Monday.", "Rashida Karim"),
        ("Finance Minister Tomas Varga's Budget Office published the figures on Friday.", "Tomas Varga"),
    ],
)
def test_a_possessive_before_a_capitalised_word_ends_the_name(text, name):
    found = persons(text)
    assert name in found and found[name] == name, found


def test_a_possessive_before_a_lower_case_word_still_names_the_person():
    assert "Ali Khan" in persons("Prime Minister Ali Khan's visit to Ankara was postponed.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Governor Budi S.W. Hartono noted that importers had settled some trades in rupiah.", "Budi S.W. Hartono"),
        ("Ambassador Maria T.C. Lopes presented her credentials in Hanoi.", "Maria T.C. Lopes"),
    ],
)
def test_middle_initials_written_together_stay_in_the_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Prime Minister Theresa May became the first British leader in years to visit Nairobi.", "Theresa May"),
        ("Prime Minister Said Musa signed the accord with Taiwan's envoy.", "Said Musa"),
    ],
)
def test_a_known_holders_name_keeps_its_sentence_words(text, name):
    assert name in persons(text)
