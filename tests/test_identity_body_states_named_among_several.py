"""Identity across articles: a body an article names without its state, which other articles give several states,
is the one of those states the article names (`Ministry of Commerce and Industry` of India and of Oman, in a
report on India and Japan: India's). A body every state has (a foreign or finance ministry, a senate, a
parliament) is left to each article, whatever states the corpus gives it. Names written for these tests."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids

CASES = [
    # (the body, the states other articles give it, the states the article names, its own state, expected)
    ("Ministry of Commerce and Industry", ("IND", "OMN"), ("IND", "JPN"), "JPN", "IND"),
    ("Ministry of Commerce and Industry", ("IND", "OMN"), ("CHN", "OMN"), "CHN", "OMN"),
    ("Ministry of Commerce and Industry", ("IND", "OMN"), ("IND", "OMN"), "OMN", "OMN"),
    ("Ministry of Commerce and Industry", ("IND", "OMN"), ("KOR", "VNM"), "KOR", "KOR"),
    ("Department of Trade and Industry", ("PHL", "ZAF", "GBR"), ("ZAF", "CHN"), "CHN", "ZAF"),
    ("Ministerio de Energía y Minas", ("PER", "GTM"), ("ARG", "PER"), "ARG", "PER"),
    ("Ministère des Mines et de la Géologie", ("GIN", "SEN"), ("FRA", "GIN"), "FRA", "GIN"),
    ("Senate", ("MEX", "POL"), ("USA", "MEX"), "USA", "USA"),
    ("Senate", ("MEX",), ("USA", "MEX"), "USA", "USA"),
    ("Parliament", ("GHA",), ("GHA", "MLT"), "MLT", "MLT"),
    ("Finance Ministry", ("PAK", "EGY"), ("PAK", "CHN"), "CHN", "CHN"),
    ("National Assembly", ("KEN", "FRA"), ("KEN", "ZAF"), "ZAF", "ZAF"),
    ("Defence Ministry", ("GBR", "DEU"), ("GBR", "IRN"), "IRN", "IRN"),
]


@pytest.mark.parametrize(("body", "given", "named", "own", "expected"), CASES)
def test_a_body_given_several_states_elsewhere_is_the_one_of_them_the_article_names(body, given, named, own, expected):
    mentions = [body_mention(f"g{k}", body, state) for k, state in enumerate(given)]
    mentions += [*(country_mention("a", state) for state in named), body_mention("a", body)]
    ids = identity_ids(mentions, {"a": own})
    assert ids[-1].split("/")[0] == expected
