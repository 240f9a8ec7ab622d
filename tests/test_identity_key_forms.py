"""Identity across articles: forms of one organisation's or person's name that one key must hold (a legal form
before or after a company's name). Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _body(article, name, country=None):
    return Mention(article, "organization", name, name, country, None)


def _ids(mentions, states=None):
    return assign_ids(group_mentions(mentions, states or {}), mentions, [None] * len(mentions), {})


def test_a_companys_legal_form_before_or_after_its_name_is_no_part_of_its_identity():
    mentions = [
        _body("a1", "PT Nusantara Baja Perkasa", "IDN"),
        _body("a2", "Nusantara Baja Perkasa"),
        _body("a3", "PT Nusantara Baja Perkasa (Persero)"),
        _body("a4", "OOO Sibirskaya Les"),
        _body("a5", "Sibirskaya Les", "RUS"),
    ]
    ids = _ids(mentions)
    assert ids[0] == ids[1] == ids[2] != ids[3]
    assert ids[3] == ids[4]
