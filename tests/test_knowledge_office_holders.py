"""Well-known office holders whom a home-press report names without a state, on sentences written for these
tests: the known holder's state, and traps where a shared surname or a given name is someone else's."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_leader_or_foreign_minister_named_with_an_office_but_no_state():
    assert persons("Speaking to reporters, President Martín Vizcarra said the port deal was final.") == {
        "Martín Vizcarra": ("President", "PER")
    }
    assert persons("Foreign Secretary James Cleverly told reporters the talks had been useful.") == {
        "James Cleverly": ("Foreign Secretary", "GBR")
    }
    assert persons("King Abdullah bin Abdulaziz received the delegation on Sunday.") == {
        "Abdullah bin Abdulaziz": ("King", "SAU")
    }
    assert persons("Chancellor Gerhard Schröder welcomed the pipeline agreement.") == {
        "Gerhard Schröder": ("Chancellor", "DEU")
    }


def test_a_shared_surname_or_a_given_name_alone_is_not_a_known_leader():
    assert persons("Ambassador Smith said the loan would be signed next week.")["Smith"][1] != "AUS"
    assert persons("Finance Secretary Ralph Recto signed the notes.")["Ralph Recto"][1] != "VCT"
    assert persons("Trader Luis Rodríguez said prices rose.").get("Luis Rodríguez", (None, None))[1] != "ESP"
