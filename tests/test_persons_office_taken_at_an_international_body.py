"""A person named with the office they take at an international body ("the inauguration of NAME as president of the
New Development Bank", "confirmed NAME as head of the IMF") serves the body, even a state's former leader the
holders' table knows; an office taken at a state's body, or a state's office after "as", keeps the state. Sentences
written for these tests."""

from pipelines.extract.actors import extract_actors


def country(text, name):
    return next(a.country for a in extract_actors(text) if a.name == name)


def test_a_former_leader_who_takes_a_lenders_office_serves_the_lender():
    text = (
        "India and Brazil signed four accords in Shanghai, where the bank installed former president Dilma Rousseff "
        "as president of the New Development Bank on Friday."
    )
    assert country(text, "Dilma Rousseff") is None
    text = (
        "Norway and Sweden agreed a power link. Allies welcomed Jens Stoltenberg as the new head of the North "
        "Atlantic Treaty Organization after talks in Oslo."
    )
    assert country(text, "Jens Stoltenberg") is None


def test_anyone_who_takes_such_an_office():
    text = (
        "Ghana and Togo signed a power deal. The governors confirmed Adaeze Okonkwo as vice president of the "
        "African Development Bank on Monday."
    )
    assert country(text, "Adaeze Okonkwo") is None
    text = "Peru and Chile met in Lima. The board chose Tomás Echeverría as chief economist at the World Bank."
    assert country(text, "Tomás Echeverría") is None


def test_a_states_office_after_as_keeps_the_state():
    text = "Kenya and Uganda signed deals. The board confirmed Kwame Osei as head of the Kenya Ports Authority."
    assert country(text, "Kwame Osei") == "KEN"
    text = "Norway and Sweden signed a pact. Jens Stoltenberg, as prime minister of Norway, opened the line."
    assert country(text, "Jens Stoltenberg") == "NOR"
