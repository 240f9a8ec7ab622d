"""Identity across articles: a body's name that one state or a few give their body (`Ministry of External
Affairs`, `Ministry of Economy, Trade and Industry`) is that state's body wherever it is named without a state,
whatever state the report is about (`body_states.csv`, `body_holders.csv`); a name every state gives its body
stays the article's state's. Articles written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Ministry of External Affairs", "IND"),
        ("External Affairs Ministry", "IND"),
        ("Ministry of Economy, Trade and Industry", "JPN"),
        ("Department of Economic Affairs", "IND"),
        ("Investment Coordinating Board", "IDN"),
    ],
)
def test_a_body_only_one_state_names_so_is_that_states_in_a_report_on_another(name, state):
    mentions = [
        country_mention("a1", "BTN"),
        country_mention("a1", state),
        body_mention("a1", name),  # a report on Bhutan that names the body's state
        country_mention("a2", state),
        body_mention("a2", name),
        country_mention("a3", "ISL"),
        body_mention("a3", name),  # a report on Iceland that names the body alone
    ]
    ids = identity_ids(mentions, {"a1": "BTN", "a2": state, "a3": "ISL"})
    assert ids[2] == ids[4] == ids[6]
    assert ids[2].startswith(f"{state}/")


def test_the_external_affairs_ministry_in_a_report_on_sri_lanka_alone_stays_sri_lankas():
    mentions = [
        country_mention("a1", "LKA"),
        body_mention("a1", "Ministry of External Affairs"),
        country_mention("a2", "MDV"),
        country_mention("a2", "IND"),
        body_mention("a2", "Ministry of External Affairs"),
    ]
    ids = identity_ids(mentions, {"a1": "LKA", "a2": "MDV"})
    assert ids[1].startswith("LKA/")
    assert ids[4].startswith("IND/")


def test_a_foreign_ministry_any_state_has_stays_the_reports_state():
    mentions = [
        country_mention("a1", "NPL"),
        country_mention("a1", "IND"),
        body_mention("a1", "Ministry of Foreign Affairs"),
        country_mention("a2", "ISL"),
        body_mention("a2", "Ministry of Trade and Industry"),
    ]
    ids = identity_ids(mentions, {"a1": "NPL", "a2": "ISL"})
    assert ids[2] == "NPL/ministry-of-foreign-affairs"
    assert ids[4].startswith("ISL/")


def test_the_acronym_of_the_one_external_affairs_ministry_joins_it():
    mentions = [
        country_mention("a1", "NPL"),
        country_mention("a1", "IND"),
        body_mention("a1", "Ministry of External Affairs"),
        country_mention("a2", "IND"),
        body_mention("a2", "MEA"),
    ]
    ids = identity_ids(mentions, {"a1": "NPL", "a2": "IND"})
    assert ids[2] == ids[4]


def test_an_international_body_is_no_states_and_one_body_in_reports_on_two_states():
    mentions = [
        country_mention("a1", "CIV"),
        body_mention("a1", "International Cocoa and Coffee Council"),
        country_mention("a2", "VNM"),
        body_mention("a2", "International Cocoa and Coffee Council"),
        country_mention("a3", "EST"),
        body_mention("a3", "Estonian International Development Agency"),  # a state in the name: its
    ]
    ids = identity_ids(mentions, {"a1": "CIV", "a2": "VNM", "a3": "EST"})
    assert ids[1] == ids[3]
    assert "/" not in ids[1]
    assert ids[5].startswith("EST/")
