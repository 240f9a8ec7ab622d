"""Identity across articles for names written for these tests: fathers' names, honorifics, transliterations,
and bodies that share an acronym."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.extract.name_keys import person_key


def _m(article, name, actor_type="person", country="QAT", role=None, actor_id=None):
    return Mention(article, actor_type, actor_id or name, name, country, role)


def _ids(mentions):
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def test_a_son_and_his_father_of_the_same_words_are_two_persons():
    ids = _ids([_m("a1", "Hamad bin Khalifa Al Rashidi"), _m("a2", "Khalifa bin Hamad"), _m("a3", "Hamad bin Khalifa")])
    assert ids[0] == ids[2] != ids[1]


def test_a_known_holder_is_not_named_by_his_son_or_a_namesake_of_his_family():
    mentions = [
        _m("a1", "Salman bin Abdulaziz Al Saud", country="SAU"),
        _m("a2", "Abdulaziz bin Salman", country="SAU"),
        _m("a3", "Saud Al-Faisal", country="SAU"),
        _m("a4", "Faisal bin Farhan Al Saud", country="SAU"),
        _m("a5", "Faisal bin Farhan", country="SAU"),
    ]
    ids = _ids(mentions)
    assert len({ids[0], ids[1], ids[2], ids[3]}) == 4
    assert ids[3] == ids[4]


def test_a_persian_honorific_and_gh_for_q_are_one_name():
    assert person_key("Seyed Hossein Amirkhani") == person_key("Hossein Amirkhani")
    assert person_key("Mohsen Baghcheh") == person_key("Mohsen Baqcheh")
    ids = _ids([_m("a1", "Seyyed Reza Moghtadaei", country="IRN"), _m("a2", "Reza Moqtadaei", country="IRN")])
    assert ids[0] == ids[1]


def test_a_body_that_shares_a_known_acronym_is_not_that_body():
    mentions = [
        _m("a1", "China Development Bank", "organization", "CHN", actor_id="china-development-bank"),
        _m("a2", "Caspian Development Bank", "organization", None, actor_id="china-development-bank"),
    ]
    ids = _ids(mentions)
    assert ids[0] != ids[1]


def test_a_body_name_that_one_state_alone_uses_is_that_states_in_any_article():
    mentions = [
        _m("a1", "State Department", "organization", None),
        _m("a2", "US Department of State", "organization", "USA"),
        _m("a3", "Foreign Ministry", "organization", None),
    ]
    groups = group_mentions(mentions, {"a1": "CHL", "a3": "CHL"})
    ids = assign_ids(groups, mentions, [None] * len(mentions), {})
    assert ids[0] == ids[1] != ids[2]


def test_bangladesh_economic_relations_division_stays_bangladeshi_in_an_article_about_another_state():
    mentions = [
        _m("a1", "Economic Relations Division", "organization", None),
        _m("a2", "Economic Relations Division", "organization", "BGD"),
    ]
    groups = group_mentions(mentions, {"a1": "KOR"})
    ids = assign_ids(groups, mentions, [None] * len(mentions), {})
    assert ids[0] == ids[1]
