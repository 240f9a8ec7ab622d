"""A body's office in a state ("JICA Bangladesh Chief Representative NAME"), on sentences written for these
tests: the office is the body's, of its state or of none for an international body, not the host state's."""

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_a_national_agencys_office_in_a_state_is_the_agencys():
    text = (
        "Economic Relations Division Secretary Amina Rahman and JICA Bangladesh Chief Representative Sato Kenji "
        "signed the loans in Dhaka for Bangladesh."
    )
    found = countries(text)
    assert found["Sato Kenji"] == "JPN"
    assert found["Amina Rahman"] == "BGD"


def test_an_international_bodys_office_in_a_state_serves_none():
    assert countries("UNDP Nepal Resident Representative Ayshanie Perera said Nepal would gain.") == {
        "Ayshanie Perera": None
    }
    assert countries("World Bank Kenya Country Director Keith Moran spoke in Nairobi.") == {"Keith Moran": None}


def test_a_state_before_an_office_still_names_the_holders():
    assert countries("Pakistan Ambassador Masood Khan spoke in Washington.") == {"Masood Khan": "PAK"}
