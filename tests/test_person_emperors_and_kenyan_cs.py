"""An emperor is an office before a one-word name ("Emperor NAME"); "CS", as Kenyan outlets write a Cabinet
Secretary, is one after a portfolio ("Transport CS NAME"). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_emperor_before_a_one_word_name():
    found = persons("Japan's Emperor Naruhito will host the Kenyan president in Tokyo on Monday.")
    assert found["Naruhito"] == ("Emperor", "JPN")


def test_a_cabinet_secretary_written_cs_after_a_portfolio():
    found = persons("The line will reach Kisumu in 2027, Roads CS Wanjiru Kamau told traders in Nairobi.")
    assert found["Wanjiru Kamau"] == ("Roads Cabinet Secretary", "KEN")
    found = persons("Energy and Petroleum CS Peter M. Otieno said Kenya would buy more fuel from Uganda.")
    assert found["Peter M. Otieno"] == ("Energy and Petroleum Cabinet Secretary", "KEN")
