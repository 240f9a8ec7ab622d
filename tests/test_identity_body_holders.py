"""Identity across articles: a body's name that only some states give a body (`Congress`) is, named without a
state, the article's state's only when that state has one; else the one state the article names that has
one; else, when it names none, the state `body_holders.csv` gives. Articles written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.knowledge.identity_tables import body_holders
from tests.conftest import assert_knowledge_csv


def _country(article, code):
    return Mention(article, "country", code, code, None, None)


def _body(article, name, country=None):
    return Mention(article, "organization", name, name, country, None)


def _ids(mentions, states):
    return assign_ids(group_mentions(mentions, states), mentions, [None] * len(mentions), {})


def test_the_body_holders_table_has_its_columns_and_known_states():
    assert_knowledge_csv("body_holders.csv", ["body", "states", "otherwise"], ["body"])
    for states, otherwise in body_holders().values():
        assert otherwise in states and all(len(state) == 3 and state.isupper() for state in states)


def test_congress_in_reports_on_states_without_one_is_the_named_holder_or_the_tables_state():
    mentions = [
        _country("a1", "LTU"),
        _body("a1", "Congress"),  # a report on Lithuania alone: no state it names has a congress
        _country("a2", "UKR"),
        _country("a2", "USA"),
        _body("a2", "Congress"),  # a report on Ukraine that names the United States
        _body("a3", "U.S. Congress", "USA"),
        _country("a4", "CHL"),
        _country("a4", "SWE"),
        _body("a4", "Congress"),  # a report on Chile and Sweden: Chile's
        _country("a5", "SWE"),
        _body("a5", "Riksdag committee on foreign affairs"),
    ]
    ids = _ids(mentions, {"a1": "LTU", "a2": "UKR", "a4": "SWE", "a5": "SWE"})
    assert ids[1] == ids[4] == ids[5] == "USA/congress"
    assert ids[8] == "CHL/congress"


def test_a_state_that_has_a_congress_keeps_it_and_a_generic_body_without_one_keeps_the_articles_state():
    mentions = [_country("a1", "PER"), _country("a1", "USA"), _body("a1", "Congress"), _body("a1", "Senate")]
    ids = _ids(mentions, {"a1": "PER"})
    assert ids[2] == "PER/congress"
    assert ids[3] == "PER/senate"
