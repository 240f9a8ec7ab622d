"""Identity across articles: a name whose given names are initials that two fuller names spell out (`K. Lindqvist`:
`Katarina Lindqvist`, `Karin Lindqvist`) is the one whose actors hold the same office; two of that office, or
none, leave it apart. Names written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _ids(*people):
    mentions = [Mention(f"a{i}", "person", n, n, c, r) for i, (n, c, r) in enumerate(people)]
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


def test_initials_join_the_fuller_name_of_the_same_office():
    ids = _ids(
        ("Amina Diallo", "SEN", "Minister of Trade"),
        ("Aissatou Diallo", "SEN", "Ambassador"),
        ("A. Diallo", "SEN", "Minister of Trade and Industry"),
    )
    assert ids[2] == ids[0] != ids[1]
    ids = _ids(
        ("Rahul Mehta", "IND", "Ambassador"),
        ("Ravi Mehta", "IND", "Secretary"),
        ("R. Mehta", "IND", "Ambassador to Japan"),
    )
    assert ids[2] == ids[0] != ids[1]
    ids = _ids(
        ("Carlos Mendoza", None, "Special Envoy for the Andes"),
        ("Cesar Mendoza", None, "Governor"),
        ("C. Mendoza", None, "Special Envoy for Water"),
    )
    assert ids[2] == ids[0] != ids[1]


def test_initials_that_fit_two_holders_of_one_office_stay_apart():
    ids = _ids(("Li Wei", "CHN", "Spokesman"), ("Lan Wei", "CHN", "Spokesman"), ("L. Wei", "CHN", "Spokesman"))
    assert ids[2] not in (ids[0], ids[1])
    ids = _ids(("Olivier Martin", "FRA", "Minister"), ("Oscar Martin", "FRA", "Ambassador"), ("O. Martin", "FRA", None))
    assert ids[2] not in (ids[0], ids[1])
