"""Identity across articles: a name that differs from a fuller one only by middle initials is its person only
in its time (a father and a son: `Harold Brandvik` of 1991, `Harold T. Brandvik` of 2006), and a surname alone
that fits both goes, article by article, to the one of its time. Names written for these tests."""

from datetime import date

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _person(article, name):
    return Mention(article, "person", name, name, "NOR", "Prime Minister")


def _ids(mentions, dates):
    groups = group_mentions(mentions, {}, dates)
    return assign_ids(groups, mentions, [None] * len(mentions), {})


def test_a_name_years_from_the_fuller_one_is_another_person_and_a_surname_goes_to_its_time():
    mentions = [
        _person("a1", "Harold T. Brandvik"),
        _person("a2", "Harold T. Brandvik"),
        _person("a3", "Harold Brandvik"),
        _person("a4", "Brandvik"),
        _person("a5", "Brandvik"),
    ]
    dates = {"a1": date(2006, 5, 2), "a2": date(2008, 1, 9), "a3": date(1991, 3, 4), "a4": date(1990, 11, 20)}
    dates["a5"] = date(2007, 6, 1)
    ids = _ids(mentions, dates)
    assert ids[0] == ids[1] == ids[4]
    assert ids[2] == ids[3] != ids[0]


def test_the_name_without_its_middle_initial_in_the_same_years_is_the_same_person():
    mentions = [_person("a1", "Harold T. Brandvik"), _person("a2", "Harold Brandvik"), _person("a3", "Brandvik")]
    dates = {"a1": date(2006, 5, 2), "a2": date(2009, 3, 4), "a3": date(2007, 1, 1)}
    ids = _ids(mentions, dates)
    assert ids[0] == ids[1] == ids[2]
