"""Identity across articles: a body an article names without its state (no state in the name, none for the
actor) is the state's that the corpus tells, not the article's most named state. Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _country(article, code):
    return Mention(article, "country", code, code, code, None)


def _body(article, name, country=None):
    return Mention(article, "organization", name, name, country, None)


def _ids(mentions, states):
    return assign_ids(group_mentions(mentions, states), mentions, [None] * len(mentions), {})


def test_a_body_no_article_gives_a_state_is_the_one_state_every_article_naming_it_names():
    name = "Department of Immigration and Border Protection"
    mentions = [
        _country("a1", "NZL"),
        _country("a1", "TON"),
        _body("a1", name),
        _country("a2", "NZL"),
        _country("a2", "SLB"),
        _body("a2", name),
        _country("a3", "NZL"),
        _body("a3", name),
    ]
    ids = _ids(mentions, {"a1": "TON", "a2": "SLB", "a3": "NZL"})
    assert ids[2] == ids[5] == ids[7] == "NZL/department-of-immigration-and-border-protection"


def test_a_body_one_article_gives_a_state_is_that_states_in_another_article_naming_it():
    name = "Ministry of Mines and Energy"
    mentions = [
        _country("a1", "BRA"),
        _body("a1", name, "BRA"),
        _country("a2", "PER"),
        _country("a2", "BRA"),
        _body("a2", name),
        _country("a3", "CHL"),
        _body("a3", name),  # this article does not name Brazil: its own state stays
    ]
    ids = _ids(mentions, {"a1": "BRA", "a2": "PER", "a3": "CHL"})
    assert ids[1] == ids[4] == "BRA/ministry-of-mines-and-energy"
    assert ids[6] == "CHL/ministry-of-mines-and-energy"


def test_a_body_articles_give_two_states_or_no_common_state_is_left_to_each_article():
    mentions = [
        _body("a1", "Ministry of Mines and Energy", "BRA"),
        _body("a2", "Ministry of Mines and Energy", "COL"),
        _country("a3", "BRA"),
        _country("a3", "PER"),
        _body("a3", "Ministry of Mines and Energy"),
        _country("a4", "KEN"),
        _country("a4", "UGA"),
        _body("a4", "Department of Lands"),
        _country("a5", "TZA"),
        _country("a5", "RWA"),
        _body("a5", "Department of Lands"),
    ]
    ids = _ids(mentions, {"a3": "PER", "a4": "UGA", "a5": "RWA"})
    assert ids[4] == "PER/ministry-of-mines-and-energy"
    assert (ids[7], ids[10]) == ("UGA/department-of-lands", "RWA/department-of-lands")
