"""The state whose own page or site section a report is, and an office after "BODY, whose", on text written for
these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import page_head_state


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_state_bodys_page_head_and_a_section_trail_name_the_pages_state():
    assert page_head_state("Embassy of the Republic of Ghana in Tokyo\nHome | News\n\nText.") is None  # not its end
    assert page_head_state("Home | Embassy of the Republic of Ghana\n\nText.") == "GHA"
    assert page_head_state("gov.ge | Ministry of Economy and Sustainable Development of Georgia\n\nText.") == "GEO"
    assert page_head_state("THE DAILY STAR  ›  Bangladesh  ›  Business\n\nText.") == "BGD"
    assert page_head_state("Ministry of Foreign Affairs of Peru hosts a forum\n\nText.") is None  # a headline


def test_the_pages_own_officials_are_its_states_though_it_names_their_state_at_times():
    text = (
        "Ministry of Foreign Affairs of the Republic of Armenia\nHome | Press releases\n\n"
        "Armenia and Georgia agree to raise trade to $1 billion\n\n"
        "Yerevan, 3 March - Armenian Foreign Minister Aram Sarkisyan received Levan Dadiani, Deputy Foreign "
        "Minister of Georgia. Deputy Minister of Economy Narek Avetisyan said trade with Georgia grew by 20 percent."
    )
    assert persons(text)["Narek Avetisyan"] == ("Deputy Minister of Economy", "ARM")


def test_an_office_after_a_body_and_whose_is_the_bodys():
    text = (
        "Belgian buyers signed with oil companies led by Lukoil, whose president Vagit Orlov traveled with the "
        "delegation. Belgium and Russia agreed to meet again."
    )
    assert persons(text)["Vagit Orlov"] == ("president", "RUS")
