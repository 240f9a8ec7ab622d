"""Identity across articles: a name that differs from another only by middle initials is that name, even where
two articles give its actor two states. Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _ids(mentions):
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def _person(article, name, country):
    return Mention(article, "person", name, name, country, None)


def test_a_name_with_a_middle_initial_is_the_name_without_it_when_articles_give_two_states():
    mentions = [
        _person("a1", "Viktor K. Dombrovan", "UKR"),
        _person("a2", "Viktor Dombrovan", "MDA"),
        _person("a3", "Viktor Petrenko", "UKR"),
        _person("a4", "Viktor Lesko Petrenko", "MDA"),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]
