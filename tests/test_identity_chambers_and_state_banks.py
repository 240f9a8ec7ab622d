"""Identity across articles: the chambers of a legislature, a reserve bank and a national treasury are bodies
every state may have, so each is its state's (Indonesia's House of Representatives is not the United States');
a chamber named without its state in a report that names one state's congress is that congress's. Names
written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("House of Representatives", "IDN", "USA"),
        ("House of Representatives", "AUS", "NGA"),
        ("Reserve Bank", "FJI", "ZAF"),
        ("Reserve Bank", "NZL", "MWI"),
        ("National Treasury", "KEN", "ZAF"),
        ("Chamber of Deputies", "ITA", "CZE"),
        ("Cámara de Diputados", "MEX", "ARG"),
        ("Câmara dos Deputados", "BRA", "PRT"),
    ],
)
def test_a_chamber_or_a_state_bank_named_alone_is_each_articles_states(name, first, second):
    mentions = [
        country_mention("a1", first),
        body_mention("a1", name),
        country_mention("a2", second),
        body_mention("a2", name),
        country_mention("a3", first),
        body_mention("a3", name, first),
    ]
    ids = identity_ids(mentions, {"a1": first, "a2": second, "a3": first})
    assert ids[1] == ids[5] != ids[3]
    assert ids[1].startswith(f"{first}/") and ids[3].startswith(f"{second}/")


def test_the_chambers_of_a_report_on_aid_voted_by_a_congress_are_that_congresss():
    mentions = [
        country_mention("a1", "POL"),
        country_mention("a1", "HUN"),
        body_mention("a1", "Congress"),  # no state the article names has one: the United States'
        body_mention("a1", "Senate"),
        body_mention("a1", "House of Representatives"),
    ]
    ids = identity_ids(mentions, {"a1": "POL"})
    assert (ids[2], ids[3], ids[4]) == ("USA/congress", "USA/senate", "USA/house-of-representatives")


def test_a_chamber_named_in_spanish_beside_a_congress_of_its_state_is_that_states():
    mentions = [
        country_mention("a1", "VEN"),
        country_mention("a1", "COL"),
        body_mention("a1", "Congreso de Colombia"),
        body_mention("a1", "Cámara de Representantes"),
    ]
    ids = identity_ids(mentions, {"a1": "VEN"})
    assert ids[3].startswith("COL/")


def test_a_chamber_without_a_congress_or_beside_two_or_of_its_own_state_is_left_as_it_is():
    mentions = [
        country_mention("a1", "FRA"),
        body_mention("a1", "Sénat"),
        country_mention("a2", "USA"),
        country_mention("a2", "MEX"),
        body_mention("a2", "US Congress"),
        body_mention("a2", "Congreso de México"),
        body_mention("a2", "Senate"),
        country_mention("a3", "USA"),
        country_mention("a3", "MEX"),
        body_mention("a3", "Congress"),
        body_mention("a3", "Mexican Senate"),
    ]
    ids = identity_ids(mentions, {"a1": "FRA", "a2": "MEX", "a3": "USA"})
    assert ids[1].startswith("FRA/")
    assert ids[6] == "MEX/senate"
    assert ids[9] == "USA/congress" and ids[10] == "MEX/senate"
