"""Identity across articles: a state's body named by one item of its remit (`Ministry of Culture`) is the one
body of its state whose remit lists that item (`Ministry of Tourism and Culture`). Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _body(article, name, country):
    return Mention(article, "organization", name, name, country, None)


def _ids(mentions):
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def test_a_body_named_by_one_item_of_its_remit_is_the_body_of_its_state_listing_it():
    mentions = [
        _body("a1", "Ministry of Tourism and Culture", "PER"),
        _body("a2", "Ministry of Culture", "PER"),
        _body("a3", "Ministry of Culture", "CHL"),
        _body("a4", "Ministry of Lands, Forestry and Mines", "GHA"),
        _body("a5", "Forestry Ministry", "GHA"),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] != ids[2]
    assert ids[3] == ids[4]


def test_a_word_of_an_item_without_commas_and_an_item_two_bodies_list_stay_apart():
    mentions = [
        _body("a1", "Ministry of Rural Development and Fisheries", "MOZ"),
        _body("a2", "Ministry of Development", "MOZ"),
        _body("a3", "Ministry of Health and Sanitation", "SLE"),
        _body("a4", "Ministry of Water and Sanitation", "SLE"),
        _body("a5", "Ministry of Sanitation", "SLE"),
        _body("a6", "Department of Culture", "PER"),
        _body("a7", "Ministry of Tourism and Culture", "PER"),
    ]
    ids = _ids(mentions)
    assert len({ids[0], ids[1]}) == 2
    assert len({ids[2], ids[3], ids[4]}) == 3
    assert ids[5] != ids[6]
