"""Identity across articles: a body an article names without its state (no state in the name, none for the
actor) is the state's that the corpus tells, not the article's most named state. Names written for these tests."""

from tests.conftest import body_mention, country_mention, identity_ids


def test_a_body_no_article_gives_a_state_is_the_one_state_every_article_naming_it_names():
    name = "Department of Immigration and Border Protection"
    mentions = [
        country_mention("a1", "NZL"),
        country_mention("a1", "TON"),
        body_mention("a1", name),
        country_mention("a2", "NZL"),
        country_mention("a2", "SLB"),
        body_mention("a2", name),
        country_mention("a3", "NZL"),
        body_mention("a3", name),
    ]
    ids = identity_ids(mentions, {"a1": "TON", "a2": "SLB", "a3": "NZL"})
    assert ids[2] == ids[5] == ids[7] == "NZL/department-of-immigration-and-border-protection"


def test_a_body_one_article_gives_a_state_is_that_states_in_another_article_naming_it():
    name = "Ministry of Mines and Energy"
    mentions = [
        country_mention("a1", "BRA"),
        body_mention("a1", name, "BRA"),
        country_mention("a2", "PER"),
        country_mention("a2", "BRA"),
        body_mention("a2", name),
        country_mention("a3", "CHL"),
        body_mention("a3", name),  # this article does not name Brazil: its own state stays
    ]
    ids = identity_ids(mentions, {"a1": "BRA", "a2": "PER", "a3": "CHL"})
    assert ids[1] == ids[4] == "BRA/ministry-of-mines-and-energy"
    assert ids[6] == "CHL/ministry-of-mines-and-energy"


def test_a_body_articles_give_two_states_the_article_names_both_or_no_common_state_is_left_to_each_article():
    mentions = [
        body_mention("a1", "Ministry of Mines and Energy", "BRA"),
        body_mention("a2", "Ministry of Mines and Energy", "COL"),
        country_mention("a3", "BRA"),
        country_mention("a3", "COL"),
        body_mention("a3", "Ministry of Mines and Energy"),
        country_mention("a4", "KEN"),
        country_mention("a4", "UGA"),
        body_mention("a4", "Department of Lands"),
        country_mention("a5", "TZA"),
        country_mention("a5", "RWA"),
        body_mention("a5", "Department of Lands"),
    ]
    ids = identity_ids(mentions, {"a3": "PER", "a4": "UGA", "a5": "RWA"})
    assert ids[4] == "PER/ministry-of-mines-and-energy"
    assert (ids[7], ids[10]) == ("UGA/department-of-lands", "RWA/department-of-lands")
