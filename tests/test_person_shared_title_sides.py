"""Holders of one shared title of an office a state has one of, on sentences written for these tests: a
lower-case plural title ("Foreign ministers A, B and C") lists holders of several states; each serves a side the
article names whose holder of that office it does not name yet, before a venue's state."""

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_a_lower_case_plural_title_lists_three_states_holders():
    text = (
        "Jordanian King Abdullah II, Egyptian President Abdel Fattah al-Sisi and Iraqi Prime Minister Karim "
        "Saadi met in Amman. Foreign ministers Ayman Safadi, Sameh Shoukry and Salim Rahim also attended."
    )
    found = countries(text)
    assert found["Sameh Shoukry"] == "EGY"
    assert found["Salim Rahim"] == "IRQ"


def test_a_shared_titles_holder_serves_a_side_before_the_venue():
    text = (
        "Serbian Foreign Minister Marko Djuric flew to Geneva. Geneva, a Swiss city, hosted the talks in "
        "Switzerland again, and Switzerland paid; the United States and Switzerland watched. Croatian Prime "
        "Minister Ivo Horvat joined. Foreign Ministers Marko Djuric and Gordan Radic met again. US Secretary of "
        "State Mark Lane spoke with both."
    )
    assert countries(text)["Gordan Radic"] == "HRV"
