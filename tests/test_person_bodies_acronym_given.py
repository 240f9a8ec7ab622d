"""A body's acronym the article gives in brackets is that body when said again, not a known body of another state with
the same letters, nor is a name that names another state before a known body's acronym (text written for these tests:
`BOI` is also Pakistan's Board of Investment)."""

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings

TEXT = (
    "The Bank of Industry Limited (BOI) of Nigeria signed a $50 million credit line with the Islamic Development Bank "
    "on Tuesday. The deal was signed by Adaeze Okafor, Managing Director of BOI, and by the lender's vice-president."
)


def test_an_officer_of_the_acronym_given_serves_its_body_s_state():
    persons = [a for a in extract_article(TEXT, default_settings()).actors if a.actor_type == "person"]
    assert [(p.name, p.country) for p in persons] == [("Adaeze Okafor", "NGA")]


def test_a_known_body_s_acronym_after_a_name_of_another_state_is_that_state_s_body():
    text = (
        "The Board of Investment of Sri Lanka (BOI) approved three garment projects on Monday, said Dilani Perera, "
        "Director General of BOI."
    )
    actors = extract_article(text, default_settings()).actors
    assert [(a.name, a.country) for a in actors if a.actor_type == "organization"] == [
        ("Board of Investment of Sri Lanka", "LKA")
    ]
    assert [(a.name, a.country) for a in actors if a.actor_type == "person"] == [("Dilani Perera", "LKA")]


def test_a_known_body_s_acronym_after_its_own_name_stays_the_known_body():
    text = "The Board of Investment (BOI) approved three projects, said Dilani Perera, Director General of BOI."
    actors = extract_article(text, default_settings()).actors
    assert [(a.name, a.country) for a in actors if a.actor_type == "organization"] == [("Board of Investment", "PAK")]
