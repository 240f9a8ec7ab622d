"""An honorific that one state alone confers gives the person's state when the article gives none: sentences
written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_malaysian_honorific_names_malaysia_in_a_report_filed_from_the_other_side():
    found = persons(
        "TOKYO: Japan and Malaysia agreed to deepen ties. Prime Minister Fumio Kishida received Foreign Minister "
        "Datuk Seri Dr Zambry Kadir, who said Japanese investment had grown."
    )
    assert found["Zambry Kadir"] == ("Foreign Minister", "MYS")
    assert found["Fumio Kishida"] == ("Prime Minister", "JPN")


def test_malaysian_honorifics_before_ministers_and_chairmen_in_a_report_on_another_state():
    found = persons(
        "RIYADH: Saudi Arabia will invest in Malaysia, Saudi officials said. Deputy Prime Minister Datuk Seri "
        "Ahmad Fadil told reporters the deal was signed. Tan Sri Rahim Jaafar, chairman of the council, agreed."
    )
    assert found["Ahmad Fadil"] == ("Deputy Prime Minister", "MYS")
    assert found["Rahim Jaafar"][1] == "MYS"


def test_a_state_the_title_gives_outweighs_the_honorific():
    found = persons("Singapore's envoy Datuk Lim Wei Ming met Malaysian officials in Kuala Lumpur.")
    assert found["Lim Wei Ming"][1] == "SGP"
