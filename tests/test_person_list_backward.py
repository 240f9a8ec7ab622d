"""A state passing backward across a list of names, on sentences written for these tests: a last name whose title
opens with its state ("and Peru's Trade Minister C") marks the other side and gives its state to no one before
it; an office of a state said inside the title still does."""

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_a_title_that_opens_with_its_state_passes_it_back_to_no_one():
    text = (
        "Ecuador and Peru held talks in Quito on Monday. The talks were attended by Energy Minister Rosa Lema, "
        "Interior Minister Jaime Vela and Peru's Trade Minister Luis Salas. Ecuador hosted them."
    )
    found = countries(text)
    assert found["Luis Salas"] == "PER"
    assert found["Rosa Lema"] == "ECU"
    assert found["Jaime Vela"] == "ECU"
    text = (
        "Ghana and Togo met in Accra. Present were Roads Minister Kofi Boateng, Health Minister Ama Owusu and "
        "Togolese Foreign Minister Koffi Agbo. Ghana hosted the meeting."
    )
    found = countries(text)
    assert found["Kofi Boateng"] == "GHA"
    assert found["Koffi Agbo"] == "TGO"
