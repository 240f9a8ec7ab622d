"""American and British wires: a dateline that names its city's state, offices whose title is by custom one state's,
and a name inside a relative clause, on sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import dateline_countries


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_wire_dateline_that_names_the_citys_state_files_for_it():
    assert dateline_countries("ISLAMABAD, Pakistan (AP) -- The budget was cut.") == (None, "PAK")
    assert dateline_countries("SUVA, Fiji (UPI) -- Talks ended.")[1] == "FJI"
    text = (
        "ANKARA, Turkey (AP) -- Prime Minister Kemal Ardic said today Turkey would buy more American wheat. "
        "The United States sold it $200 million worth last year, U.S. officials said."
    )
    assert persons(text) == {"Kemal Ardic": ("Prime Minister", "TUR")}


def test_an_office_of_one_states_custom_serves_that_state_when_it_is_a_side():
    text = (
        "AMMAN, Jan 9 (Reuter) - Prime Minister Fayez Adwan said on Monday Jordan would accept the U.S. peace plan. "
        "Secretary of State Walter Pryce will bring it to Amman next week. Treasury Secretary Ann Holt said "
        "Jordan's debt would be cut, and Jordan welcomed it."
    )
    assert persons(text) == {
        "Fayez Adwan": ("Prime Minister", "JOR"),
        "Walter Pryce": ("Secretary of State", "USA"),
        "Ann Holt": ("Treasury Secretary", "USA"),
    }


def test_the_custom_office_needs_its_state_in_the_story():
    text = "Chancellor Maria Weber met President Jean Morel in Paris; France and Austria signed a gas deal."
    assert persons(text)["Maria Weber"][1] != "DEU"


def test_what_follows_a_name_inside_a_relative_clause_is_said_of_the_clauses_subject():
    text = (
        "WASHINGTON (UPI) -- Agriculture Secretary Paul Grant said U.S. farmers signed grain contracts worth "
        "$2 billion in China.\n\nChinese Vice Premier Li Wen, who hosted Grant in Beijing, is expected to visit "
        "Washington in November."
    )
    assert persons(text)["Paul Grant"] == ("Agriculture Secretary", "USA")


def test_titles_only_one_state_gives_name_it_when_the_story_names_that_state():
    text = (
        "BRUSSELS (Reuters) - The European Union will curb shoe imports from China, Belgian officials said. "
        "Vice Premier Liu Hong is due in Brussels next month. Emperor Hironori will visit Belgium and Japan's "
        "exporters hope to gain."
    )
    found = persons(text)
    assert found["Liu Hong"] == ("Vice Premier", "CHN")
    assert found["Hironori"] == ("Emperor", "JPN")


def test_a_leader_named_with_a_lower_case_office_holds_that_office():
    found = persons("The vote was delayed. Opposition leader Peter Kamu said Vanuatu needed new elections.")
    assert found == {"Peter Kamu": ("leader", "VUT")}
