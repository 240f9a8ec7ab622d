"""Identity across articles: one body written in several ways is one actor. An acronym that takes more than a
letter of some words (`NETRA` of the `Nordic External Trade Agency`), an acronym written with dots or without
(`C.G.T.-F.O.`, `CGT-FO`), a legal form spelled out or abbreviated (`Co.`, `Company`), a known body's group,
and a known body's name in Portuguese or Spanish. Names written for these tests; an acronym whose letters the
name does not spell, or whose state the article does not name, stays apart."""

import pytest

from tests.conftest import body_mention, country_mention, identity_ids


@pytest.mark.parametrize(
    ("full", "acronym", "state"),
    [
        ("Nordic External Trade Agency", "NETRA", "NOR"),
        ("Energía Uruguaya S.A.", "ENURSA", "URY"),
        ("Chile Export Promotion Office", "CHEPRO", "CHL"),
    ],
)
def test_an_acronym_of_the_beginnings_of_a_names_words_joins_the_name(full, acronym, state):
    mentions = [
        country_mention("a1", state),
        body_mention("a1", full, state),
        country_mention("a2", state),
        body_mention("a2", acronym),
    ]
    ids = identity_ids(mentions, {"a1": state, "a2": state})
    assert ids[1] == ids[3]


def test_an_acronym_the_name_does_not_spell_or_of_an_unnamed_state_stays_apart():
    mentions = [
        country_mention("a1", "NOR"),
        body_mention("a1", "Nordic External Trade Agency", "NOR"),
        country_mention("a2", "NOR"),
        body_mention("a2", "NETRAX"),  # an X no word begins with
        country_mention("a3", "GHA"),
        body_mention("a3", "NETRA"),  # a report on Ghana that names no Norway
    ]
    ids = identity_ids(mentions, {"a1": "NOR", "a2": "NOR", "a3": "GHA"})
    assert ids[3] != ids[1]
    assert ids[5] != ids[1]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("C.G.T.-F.O.", "CGT-FO"),
        ("A.B.C.", "ABC"),
        ("Q & M", "Q&M"),
        ("Baltic Cement Co.", "Baltic Cement Company"),
        ("Andes Copper Corp.", "Andes Copper Corporation"),
        ("Andes Copper Corporation", "Andes Copper Inc."),
        ("African Development Bank Group", "African Development Bank"),
        ("Programa Mundial para a Alimentação", "World Food Programme"),
        ("Programa Mundial de Alimentos", "WFP"),
    ],
)
def test_one_body_spelled_two_ways_is_one_actor(one, other):
    ids = identity_ids([body_mention("a1", one), body_mention("a2", other)])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Baltic Cement Company", "Baltic Steel Company"),
        ("Andes Copper Corporation", "Andes Corporation"),
        ("World Bank", "World Food Programme"),
    ],
)
def test_two_bodies_stay_two_actors(one, other):
    ids = identity_ids([body_mention("a1", one), body_mention("a2", other)])
    assert ids[0] != ids[1]
