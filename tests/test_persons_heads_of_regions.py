"""Heads of a federated state or province named by its adjective ("Bavarian Minister-President NAME", "Tasmanian
Premier NAME"): the office, of the state the province belongs to, whatever states the article names more; a
country's demonym stays the country's. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_province_s_adjective_before_its_head_s_office():
    found = persons(
        "Bavarian Minister-President Markus Sailer met Chinese investors in Munich to discuss trade with China."
    )
    assert found["Markus Sailer"] == ("Minister-President", "DEU")
    found = persons("Tasmanian Premier Jeremy Rowe met Chinese investors in Hobart to discuss exports to China.")
    assert found["Jeremy Rowe"] == ("Premier", "AUS")
    found = persons("Albertan Premier Danielle Moss said oil exports to Japan and China would rise.")
    assert found["Danielle Moss"] == ("Premier", "CAN")


def test_the_minister_president_of_a_province_named_after_the_office():
    found = persons("Minister-President of Saxony Michael Kramer met the Czech ambassador in Dresden on trade.")
    assert found["Michael Kramer"][0] == "Minister-President of Saxony"


def test_a_country_s_demonym_is_no_province_s_adjective():
    found = persons("Indian Minister Anil Kumar met Chinese officials in Beijing on trade.")
    assert found["Anil Kumar"] == ("Minister", "IND")
