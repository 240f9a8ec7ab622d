"""Counterparts listed after as many officials hold their offices in turn ("two-plus-two" talks): sentences
written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_two_counterparts_after_two_officials_hold_their_offices_in_turn():
    found = persons(
        "Chilean Foreign Minister Ana Torres and Trade Minister Luis Parra met their Peruvian counterparts "
        "Jorge Salas and Rosa Quispe in Lima on Tuesday."
    )
    assert found["Jorge Salas"] == ("Foreign Minister", "PER")
    assert found["Rosa Quispe"] == ("Trade Minister", "PER")
    assert found["Luis Parra"] == ("Trade Minister", "CHL")


def test_three_counterparts_in_a_list_with_commas():
    found = persons(
        "Ghana's Interior Minister Kofi Mensah, Defence Minister Ama Boateng and Finance Minister Yaw Darko held "
        "talks with their Togolese counterparts, Edem Kodjo, Afi Amegah and Komi Sodji."
    )
    assert found["Edem Kodjo"] == ("Interior Minister", "TGO")
    assert found["Afi Amegah"] == ("Defence Minister", "TGO")
    assert found["Komi Sodji"] == ("Finance Minister", "TGO")


def test_one_counterpart_still_holds_the_office_of_the_person_before():
    found = persons("Kenyan Foreign Minister Ruth Otieno met her Ugandan counterpart Paul Mugisha in Kampala.")
    assert found["Paul Mugisha"] == ("Foreign Minister", "UGA")
