"""Names that share a plural title of an office a state has one of ("Presidents A and B") hold it for two
states. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_two_presidents_serve_two_states():
    text = (
        "Chile and Chile hosted Peru. Chile and Peru signed a deal. Presidents Tomas Riquelme and Ana Quispe "
        "signed the accord in Santiago."
    )
    found = persons(text)
    assert found["Tomas Riquelme"] == ("President", "CHL")
    assert found["Ana Quispe"] == ("President", "PER")


def test_two_foreign_ministers_serve_two_states():
    text = (
        "Chile and Chile hosted Peru. Chile and Peru signed a deal. Foreign Ministers Alberto Vargas and Julio "
        "Mendoza met in Santiago."
    )
    assert persons(text)["Julio Mendoza"][1] == "PER"


def test_a_known_holder_leaves_the_other_his_state_not():
    text = (
        "The United States and the United States hosted Kenya. The thaw came after Presidents Barack Obama and "
        "Simon Okello spoke."
    )
    assert persons(text)["Simon Okello"][1] == "KEN"
