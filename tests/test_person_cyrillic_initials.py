"""Initials of names written from Cyrillic: a letter spelled with two ("Ch.", "Ts.") and an initial glued to the
name ("B.Enkhtuya"), one person with the name said alone later. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_initial_of_two_letters_opens_the_name():
    found = persons("Mongolian Minister of Finance Ch. Ulaan met Chinese Vice Premier Li Wei. Ulaan said trade grew.")
    assert found == {"Ch. Ulaan": ("Minister of Finance", "MNG"), "Li Wei": ("Vice Premier", "CHN")}


def test_a_glued_initial_and_the_name_alone_later_are_one_person():
    found = persons(
        "Ulaanbaatar /MONTSAME/. Minister of Foreign Affairs of Mongolia B.Enkhtuya met Ambassador Ch.Tsolmon on "
        "Monday. Minister Enkhtuya said ties grew. Tsolmon agreed."
    )
    assert found == {
        "B.Enkhtuya": ("Minister of Foreign Affairs", "MNG"),
        "Ch.Tsolmon": ("Ambassador", "MNG"),
    }
