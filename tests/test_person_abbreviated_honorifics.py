"""'Amb.', the style East African officials keep from a posting as ambassador, is an honorific between an office
and a name, never a name; a company's founder is an office. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_amb_between_an_office_and_a_name_is_an_honorific():
    found = persons(
        "NAIROBI: Kenya and Uganda signed the accord. Principal Secretary Amb. Macharia Kamau and Trade Cabinet "
        "Secretary Peter Munya attended. Amb. Kamau said the border would open."
    )
    assert found["Macharia Kamau"] == ("Principal Secretary", "KEN")
    assert "Amb" not in found
