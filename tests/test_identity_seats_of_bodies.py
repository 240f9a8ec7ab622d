"""Identity across articles: a seat named for the body it houses (`the Pentagon`, `the Quai d'Orsay`) and a
body's name only one state gives (`Defense Department`: the United States') are that state's body, one actor
with its other names, whatever state the report is about (`body_synonyms.csv`, `body_states.csv`). Articles
written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _country(article, code):
    return Mention(article, "country", code, code, None, None)


def _body(article, name, country=None):
    return Mention(article, "organization", name, name, country, None)


def _ids(mentions, states):
    return assign_ids(group_mentions(mentions, states), mentions, [None] * len(mentions), {})


def test_the_pentagon_and_the_defense_department_are_the_united_states_department_of_defense():
    mentions = [
        _country("a1", "DEU"),
        _body("a1", "Defense Department"),  # a report on a German arms order
        _country("a2", "KOR"),
        _body("a2", "Pentagon"),
        _body("a3", "Pentagon", "USA"),
        _country("a4", "USA"),
        _body("a4", "Department of Defense"),
        _country("a5", "AUS"),
        _body("a5", "Department of Defence"),  # Australia's, spelled so
    ]
    ids = _ids(mentions, {"a1": "DEU", "a2": "KOR", "a4": "USA", "a5": "AUS"})
    assert ids[1] == ids[3] == ids[4] == ids[6]
    assert ids[1].startswith("USA/")
    assert ids[8].startswith("AUS/")


def test_the_quai_d_orsay_is_the_french_foreign_ministry():
    mentions = [
        _country("a1", "MLI"),
        _body("a1", "Quai d'Orsay"),
        _country("a2", "FRA"),
        _body("a2", "French Foreign Ministry"),
        _country("a3", "SEN"),
        _body("a3", "Foreign Ministry"),  # Senegal's
    ]
    ids = _ids(mentions, {"a1": "MLI", "a2": "FRA", "a3": "SEN"})
    assert ids[1] == ids[3] == "FRA/ministry-of-foreign-affairs"
    assert ids[5] == "SEN/ministry-of-foreign-affairs"
