"""Leaders, foreign ministers and international officials of 1989-2003, whom wires of the time name without a
state: the office-holder table covers them, so a wire's dateline home does not give them its state, and a state
that no longer exists (`SUN`) is theirs (sentences written for these tests)."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_foreign_leader_in_a_wire_filed_from_another_state():
    found = persons(
        "TOKYO (AP) - Japan's cabinet approved the plan on Friday, and President Boris Yeltsin welcomed it in a call "
        "to Prime Minister Kiichi Miyazawa."
    )
    assert found == {"Boris Yeltsin": ("President", "RUS"), "Kiichi Miyazawa": ("Prime Minister", "JPN")}


def test_an_untitled_leader_of_a_state_that_no_longer_exists():
    found = persons(
        "WASHINGTON (UPI) -- President Bush ended two days of talks with Mikhail Gorbachev, saying the Soviet Union "
        "would get trade help."
    )
    assert found["Mikhail Gorbachev"][1] == "SUN"


def test_a_leader_named_by_a_minister_of_another_state():
    found = persons(
        "PARIS - France and Poland signed the accord. Foreign Minister Roland Dumas said Lech Walesa would visit."
    )
    assert found["Lech Walesa"] == ("President", "POL")
    assert found["Roland Dumas"] == ("Foreign Minister", "FRA")


def test_a_commissioner_of_the_time_serves_no_state():
    found = persons(
        "BRUSSELS (Reuters) - The United States and Japan disagreed on rice. Leon Brittan, the trade commissioner, "
        "said talks would go on."
    )
    assert found["Leon Brittan"][1] is None


def test_a_leaders_surname_that_is_a_word_names_no_one_alone():
    assert persons("Major banks in Germany cut rates on Monday.") == {}
    assert persons("LONDON - Prime Minister John Major met Chancellor Helmut Kohl of Germany.")["John Major"] == (
        "Prime Minister",
        "GBR",
    )


def test_a_leaders_surname_inside_another_name_or_naming_a_plan_is_no_mention_of_the_leader():
    found = persons("WASHINGTON - Senator Alfonse D'Amato said the loans to Mexico were a mistake.")
    assert list(found) == ["Alfonse D'Amato"]
    assert persons("TOKYO - Japan said the Miyazawa plan would lend $30 billion to Asian states.") == {}
