"""Identity across articles: a given name written as an initial is the letter the name is written with, not
the key's spelling of it (`O.` is `Oumar`, whose key spells `umar`); a two-word name spells out an initial
before its other word in either order (Mongolian names put the father's name first); and an initialled name
whose actor is given another state joins the one fuller name whose actors hold the same office. Articles
written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _person(article, name, country=None, role=None):
    return Mention(article, "person", name, name, country, role)


def _ids(mentions):
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def test_an_initial_is_the_letter_the_given_name_is_written_with():
    mentions = [
        _person("a1", "Oumar Sangaré", "MLI", "Minister of Mines"),
        _person("a2", "O. Sangaré", None, "directeur général"),
        _person("a3", "Djeneba Kouyaté", "GIN", "Minister of Trade"),
        _person("a4", "D. Kouyaté", "GIN"),
        _person("a5", "A. Sangaré", "MLI"),  # another initial: another person
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == "person:oumar-sangare"
    assert ids[2] == ids[3] == "person:djeneba-kouyate"
    assert ids[4] != ids[0]


def test_a_two_word_name_spells_out_an_initial_in_either_order():
    mentions = [
        _person("a1", "Enkhtuya Gombojav", "MNG", "Minister of Finance"),
        _person("a2", "G. Enkhtuya", "MNG", "Finance Minister"),  # father's name first, as initial
        _person("a3", "Khurelbaatar Tserendash", "MNG", "Ambassador"),
        _person("a4", "R. Ahmed", "PAK"),
        _person("a5", "Ahmed Rashid Malik", "PAK", "Senator"),  # three words: no other order
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == "person:enkhtuya-gombojav"
    assert len({ids[2], ids[0]}) == 2
    assert ids[3] != ids[4]


def test_an_initialled_name_of_another_state_joins_the_fuller_name_of_its_office_only():
    mentions = [
        _person("a1", "Tserendorj Ganzorig", "MNG", "Prime Minister"),
        _person("a2", "T. Ganzorig", "CHN", "Prime Minister"),  # a report that gives him its host's state
        _person("a3", "Davaadorj Lkhagvasuren", "MNG", "Prime Minister"),
        _person("a4", "D. Lkhagvasuren", "RUS", "Ambassador"),  # another state and another office
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == "person:tserendorj-ganzorig"
    assert ids[2] != ids[3]
