"""Turkic names with a father's name and its marker (`oglu`, `uulu`, `kyzy`): the marker inside a name joins its
words, at its end it closes the name (sentences written for these tests)."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_fathers_name_marker_ends_a_name():
    found = persons(
        "BISHKEK - Kyrgyzstan and Uzbekistan signed the border deal. Deputy Foreign Minister Azamat Nurlan uulu "
        "led the Kyrgyz side. Nurlan uulu said the road would open in May."
    )
    assert found == {"Azamat Nurlan uulu": ("Deputy Foreign Minister", "KGZ")}


def test_a_fathers_name_marker_inside_a_name():
    found = persons(
        "BAKU - The memorandum with Georgia was signed by Deputy Minister of Economy Tural Fikret oglu Mammadli, who "
        "said Azerbaijan would fund the line."
    )
    assert found == {"Tural Fikret oglu Mammadli": ("Deputy Minister of Economy", "AZE")}


def test_a_daughters_name_marker_before_an_office():
    found = persons(
        "ASTANA - Kazakhstan and China agreed on the plan, said Aigerim Serik kyzy, an adviser to the minister."
    )
    assert found == {"Aigerim Serik kyzy": ("adviser", "KAZ")}
