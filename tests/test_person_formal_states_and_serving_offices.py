"""A state's formal name before an office ("Russian Federation President"), an office serving another office
("Adviser to the Prime Minister on Finance"), and a Korean family name that is also a place word ("Park").
Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_formal_state_name_that_opens_with_a_demonym_is_the_state_not_part_of_the_office():
    text = "Russian Federation President Dmitri Volkov and Republic of Korea Foreign Minister Kang Min-ho met in Seoul."
    found = persons(text)
    assert found["Dmitri Volkov"] == ("President", "RUS")
    assert found["Kang Min-ho"] == ("Foreign Minister", "KOR")


def test_an_office_that_serves_another_office_keeps_both():
    text = (
        "Adviser to the Prime Minister on Commerce and Textiles Tariq Mehmood met traders in Lahore, Pakistan. "
        "Special Assistant to the President Noor Alam also spoke."
    )
    found = persons(text)
    assert found["Tariq Mehmood"] == ("Adviser to the Prime Minister on Commerce and Textiles", "PAK")
    assert found["Noor Alam"][0] == "Special Assistant to the President"


def test_a_korean_family_name_that_is_also_a_place_word_opens_a_name():
    text = "South Korean Trade Minister Park Soo-min visited Hanoi. Park said the talks went well."
    assert persons(text)["Park Soo-min"] == ("Trade Minister", "KOR")
    assert not persons("The delegates walked through Olympic Park in Seoul, South Korea.")
