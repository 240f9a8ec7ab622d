"""Identity across articles: a body's name that only some states give a body (`Congress`) is, named without a
state, the article's state's only when that state has one; else the one state the article names that has
one; else, when it names none, the state `body_holders.csv` gives. Articles written for these tests."""

from pipelines.knowledge.identity_tables import body_holders
from tests.conftest import assert_knowledge_csv, body_mention, country_mention, identity_ids


def test_the_body_holders_table_has_its_columns_and_known_states():
    assert_knowledge_csv("body_holders.csv", ["body", "states", "otherwise"], ["body"])
    for states, otherwise in body_holders().values():
        assert otherwise in states and all(len(state) == 3 and state.isupper() for state in states)


def test_congress_in_reports_on_states_without_one_is_the_named_holder_or_the_tables_state():
    mentions = [
        country_mention("a1", "LTU"),
        body_mention("a1", "Congress"),  # a report on Lithuania alone: no state it names has a congress
        country_mention("a2", "UKR"),
        country_mention("a2", "USA"),
        body_mention("a2", "Congress"),  # a report on Ukraine that names the United States
        body_mention("a3", "U.S. Congress", "USA"),
        country_mention("a4", "CHL"),
        country_mention("a4", "SWE"),
        body_mention("a4", "Congress"),  # a report on Chile and Sweden: Chile's
        country_mention("a5", "SWE"),
        body_mention("a5", "Riksdag committee on foreign affairs"),
    ]
    ids = identity_ids(mentions, {"a1": "LTU", "a2": "UKR", "a4": "SWE", "a5": "SWE"})
    assert ids[1] == ids[4] == ids[5] == "USA/congress"
    assert ids[8] == "CHL/congress"


def test_a_state_that_has_a_congress_keeps_it_and_a_generic_body_without_one_keeps_the_articles_state():
    mentions = [
        country_mention("a1", "PER"),
        country_mention("a1", "USA"),
        body_mention("a1", "Congress"),
        body_mention("a1", "Senate"),
    ]
    ids = identity_ids(mentions, {"a1": "PER"})
    assert ids[2] == "PER/congress"
    assert ids[3] == "PER/senate"
