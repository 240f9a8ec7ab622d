"""A body's acronym the article gives in brackets is that body when said again, not a known body of another state with
the same letters (text written for these tests: `BOI` is also Pakistan's Board of Investment)."""

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings

TEXT = (
    "The Bank of Industry Limited (BOI) of Nigeria signed a $50 million credit line with the Islamic Development Bank "
    "on Tuesday. The deal was signed by Adaeze Okafor, Managing Director of BOI, and by the lender's vice-president."
)


def test_an_officer_of_the_acronym_given_serves_its_body_s_state():
    persons = [a for a in extract_article(TEXT, default_settings()).actors if a.actor_type == "person"]
    assert [(p.name, p.country) for p in persons] == [("Adaeze Okafor", "NGA")]
