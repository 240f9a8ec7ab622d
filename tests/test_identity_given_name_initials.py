"""Identity across articles: a name whose given names are initials (`T. Brennholt`, `M. A. Okeke`) is the one
name of the corpus that spells them out, where the actors' states agree. Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _person(article, name, country):
    return Mention(article, "person", name, name, country, None)


def _ids(mentions):
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def test_an_initialled_given_name_is_the_one_name_that_spells_it_out():
    ids = _ids([_person("a1", "Torvald Brennholt", "NOR"), _person("a2", "T. Brennholt", "NOR")])
    assert ids[0] == ids[1]


def test_initialled_given_names_join_the_fullest_spelling():
    mentions = [
        _person("a1", "Mary Adaeze Okeke", "NGA"),
        _person("a2", "Mary A. Okeke", "NGA"),
        _person("a3", "M. A. Okeke", None),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == ids[2]


def test_an_initial_two_names_fit_or_another_state_stays_apart():
    ids = _ids([_person("a1", "Torvald Brennholt", "NOR"), _person("a2", "Tove Brennholt", "NOR")])
    ids += _ids([_person("a3", "T. Brennholt", "NOR")])
    assert len(set(ids)) == 3
    mentions = [
        _person("a1", "Torvald Brennholt", "NOR"),
        _person("a2", "Tove Brennholt", "NOR"),
        _person("a3", "T. Brennholt", "NOR"),
    ]
    assert len(set(_ids(mentions))) == 3
    ids = _ids([_person("a1", "Torvald Brennholt", "NOR"), _person("a2", "T. Brennholt", "SWE")])
    assert ids[0] != ids[1]
