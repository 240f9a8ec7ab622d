"""Identity across articles: a body named `federal` without its state is a federation's, the one federation its
article names where the article's own state is none (a report from Beijing on a German minister: Germany's
`Federal Ministry of Economics`), and the federal word is no part of its key (`Federal Ministry of Finance` is
the state's `Ministry of Finance`). Names written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids


@pytest.mark.parametrize(
    ("name", "named", "own", "country", "expected"),
    [
        ("Federal Ministry of Economics", ("CHN", "DEU"), "CHN", None, "DEU/ministry-of-economics"),
        ("Federal Ministry of Finance", ("SVK", "AUT"), "SVK", None, "AUT/ministry-of-finance"),
        ("Ministère fédéral des Affaires étrangères", ("FRA", "BEL"), "FRA", None, "BEL/ministry-of-foreign-affairs"),
        ("Governo Federal", ("PRT", "BRA"), "PRT", None, "BRA/government"),
        ("Federal Government", ("GHA", "NGA"), "GHA", None, "NGA/government"),
        ("Federal Ministry of Finance", ("DEU", "AUT"), "AUT", None, "AUT/ministry-of-finance"),
        ("Federal Ministry of Finance", ("DEU", "AUT", "HUN"), "HUN", None, "HUN/ministry-of-finance"),
        ("Federal Ministry of Finance", ("DEU", "CHN"), "CHN", "AUT", "AUT/ministry-of-finance"),
    ],
)
def test_a_federal_body_named_without_its_state_is_the_one_federation_its_article_names(
    name, named, own, country, expected
):
    mentions = [*(country_mention("a1", state) for state in named), body_mention("a1", name, country)]
    ids = identity_ids(mentions, {"a1": own})
    assert ids[-1] == expected


def test_a_federal_ministry_is_the_ministry_another_article_names_without_the_federal_word():
    mentions = [
        country_mention("a1", "CHN"),
        country_mention("a1", "DEU"),
        body_mention("a1", "Federal Ministry of Economics"),
        body_mention("a2", "Economics Ministry", "DEU"),
        body_mention("a3", "Federal Express"),
        body_mention("a4", "Express", "USA"),
    ]
    ids = identity_ids(mentions, {"a1": "CHN"})
    assert ids[2] == ids[3]
    assert ids[4] != ids[5]
