"""Identity across articles: a seat named for the body it houses (`the Pentagon`, `the Quai d'Orsay`) and a
body's name only one state gives (`Defense Department`: the United States') are that state's body, one actor
with its other names, whatever state the report is about (`body_synonyms.csv`, `body_states.csv`). Articles
written for these tests."""

from tests.conftest import body_mention, country_mention, identity_ids


def test_the_pentagon_and_the_defense_department_are_the_united_states_department_of_defense():
    mentions = [
        country_mention("a1", "DEU"),
        body_mention("a1", "Defense Department"),  # a report on a German arms order
        country_mention("a2", "KOR"),
        body_mention("a2", "Pentagon"),
        body_mention("a3", "Pentagon", "USA"),
        country_mention("a4", "USA"),
        body_mention("a4", "Department of Defense"),
        country_mention("a5", "AUS"),
        body_mention("a5", "Department of Defence"),  # Australia's, spelled so
    ]
    ids = identity_ids(mentions, {"a1": "DEU", "a2": "KOR", "a4": "USA", "a5": "AUS"})
    assert ids[1] == ids[3] == ids[4] == ids[6]
    assert ids[1].startswith("USA/")
    assert ids[8].startswith("AUS/")


def test_the_quai_d_orsay_is_the_french_foreign_ministry():
    mentions = [
        country_mention("a1", "MLI"),
        body_mention("a1", "Quai d'Orsay"),
        country_mention("a2", "FRA"),
        body_mention("a2", "French Foreign Ministry"),
        country_mention("a3", "SEN"),
        body_mention("a3", "Foreign Ministry"),  # Senegal's
    ]
    ids = identity_ids(mentions, {"a1": "MLI", "a2": "FRA", "a3": "SEN"})
    assert ids[1] == ids[3] == "FRA/ministry-of-foreign-affairs"
    assert ids[5] == "SEN/ministry-of-foreign-affairs"
