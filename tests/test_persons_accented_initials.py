"""Names whose first letter is an accented or non-English capital (`Íker`, `Éloi`, `Álvaro`): the name grammar keeps
the whole name, in every pattern that opens at a name and in the model's proposals (sentences written for these
tests)."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_name_before_its_office_keeps_an_accented_given_name():
    found = persons(
        "MADRID - Spain and Morocco agreed on the road link, said Éloi Vanderbeke, director of the agency, after "
        "the talks."
    )
    assert "Éloi Vanderbeke" in found
    assert "Vanderbeke" not in found


def test_a_name_before_a_relative_clause_keeps_an_accented_given_name():
    found = persons(
        "The plan for Peru and Chile was backed in Lima by Íker Salvatierra Paz, who leads the port authority, and "
        "by Chile's minister."
    )
    assert "Íker Salvatierra Paz" in found
    assert "Salvatierra Paz" not in found


def test_a_known_leader_named_in_full_with_an_accented_given_name():
    found = persons("Uribe arrived. Later, Álvaro Uribe said Colombia and Venezuela would talk again.")
    assert found == {"Álvaro Uribe": ("President", "COL")}
