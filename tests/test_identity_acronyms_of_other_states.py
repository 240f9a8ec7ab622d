"""Identity across articles: an acronym is not the body of another state whose full name it happens to spell. A
full name that no state qualifies takes an acronym given no state, or given a state its own articles name; an
acronym its article gives another state is another body (`BP` of Britain is not an Indian refiner whose name
begins with B and P). Names written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids

CASES = [
    # (the full name, the states its article names, the acronym, the acronym's state, one body)
    ("Kaveri Petroleum", ("IND", "BRA"), "KP", "GBR", False),
    ("Tamarind Shipping Lines", ("LKA",), "TSL", "NOR", False),
    ("Compagnie Sahélienne des Transports", ("SEN", "MLI"), "CST", "CIV", False),
    ("Empresa Moçambicana de Portos", ("MOZ",), "EMP", "PRT", False),
    ("Karpathos Cement Works", ("GRC", "CYP"), "KCW", "CHN", False),
    ("Kaveri Petroleum", ("IND", "BRA"), "KP", "IND", True),
    ("Compagnie Sahélienne des Transports", ("SEN", "MLI"), "CST", "MLI", True),
    ("Tamarind Shipping Lines", ("LKA",), "TSL", None, True),
    ("Empresa Moçambicana de Portos", ("MOZ",), "EMP", None, True),
]


@pytest.mark.parametrize(("full", "named", "acronym", "state", "one"), CASES)
def test_an_acronym_given_a_state_joins_a_stateless_full_name_only_where_its_articles_name_that_state(
    full, named, acronym, state, one
):
    mentions = [
        *(country_mention("a1", code) for code in named),
        body_mention("a1", full),
        *([country_mention("a2", state)] if state else []),
        body_mention("a2", acronym, state),
    ]
    ids = identity_ids(mentions)
    assert (ids[len(named)] == ids[-1]) is one


def test_of_one_acronym_only_the_mentions_of_the_full_names_states_join_it():
    mentions = [
        country_mention("a1", "KAZ"),
        body_mention("a1", "Kazakh Grain Terminal Union"),
        body_mention("a2", "KGTU", "KAZ"),
        body_mention("a3", "KGTU", "KEN"),
        body_mention("a4", "KGTU"),
    ]
    ids = identity_ids(mentions)
    assert ids[1] == ids[2] == ids[4] != ids[3]


def test_a_full_name_in_an_article_naming_no_state_takes_only_acronyms_given_none():
    mentions = [
        body_mention("a1", "Northern Fibre Consortium"),
        body_mention("a2", "NFC", "FIN"),
        body_mention("a3", "NFC"),
    ]
    ids = identity_ids(mentions)
    assert ids[0] == ids[2] != ids[1]
