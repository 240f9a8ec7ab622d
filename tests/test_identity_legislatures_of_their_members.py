"""Identity across articles: a legislature an article names without its state (`the Senate`, `Parliament`) is the
state of the members of a legislature it names (`Senator`, `MP`, `diputada`), when they are of one state the
article names, whatever state the article is filed from; else the state of most of its persons. Names written
for these tests."""

import pytest

from pipelines.extract.identity import Mention
from tests.conftest import body_mention, country_mention, identity_ids


def _person(article, name, country, role):
    return Mention(article, "person", name, name, country, role)


@pytest.mark.parametrize(
    ("body", "member", "state", "other", "own"),
    [
        ("Senate", "Senator", "USA", "MEX", "MEX"),
        ("Parliament", "MP", "GBR", "IND", "IND"),
        ("Senado", "senadora", "CHL", "ARG", "ARG"),
        ("National Assembly", "lawmaker", "KOR", "JPN", "JPN"),
        ("Assemblée nationale", "député", "FRA", "SEN", "SEN"),
    ],
)
def test_a_legislature_named_alone_is_the_state_of_the_members_the_article_names(body, member, state, other, own):
    mentions = [
        country_mention("a1", state),
        country_mention("a1", other),
        _person("a1", "Ruth Calloway", state, member),
        _person("a1", "Tomas Ibarra", other, "Foreign Minister"),
        _person("a1", "Lena Vasquez", other, "President"),
        body_mention("a1", body),
    ]
    ids = identity_ids(mentions, {"a1": own})
    assert ids[-1].startswith(f"{state}/")


def test_members_of_two_states_decide_nothing_and_most_persons_then_do():
    mentions = [
        country_mention("a1", "USA"),
        country_mention("a1", "MEX"),
        _person("a1", "Ruth Calloway", "USA", "Senator"),
        _person("a1", "Tomas Ibarra", "MEX", "senador"),
        _person("a1", "Lena Vasquez", "MEX", "President"),
        body_mention("a1", "Senate"),
    ]
    ids = identity_ids(mentions, {"a1": "USA"})
    assert ids[-1].startswith("MEX/")
