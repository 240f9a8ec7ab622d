"""Identity across articles: a state's embassy, consulate or high commission named without the state it is in
(`the Japanese Embassy`) is its mission in the one other state its article names, or in the article's own state:
Japan's embassy in a report on Iraq is not its embassy in a report on Vietnam. Names written for these tests."""

from tests.conftest import body_mention, country_mention, identity_ids


def _article(article, name, named, country=None):
    return [*(country_mention(article, state) for state in named), body_mention(article, name, country)]


def test_a_states_embassy_in_reports_on_two_other_states_is_two_missions():
    mentions = [
        *_article("a1", "Japanese Embassy", ("JPN", "IRQ")),
        *_article("a2", "Embassy of Japan", ("JPN", "VNM")),
        *_article("a3", "Japanese Embassy in Baghdad", ("JPN", "IRQ")),
    ]
    ids = identity_ids(mentions, {"a1": "IRQ", "a2": "VNM", "a3": "IRQ"})
    assert ids[2] == ids[8] == "JPN/embassy-irq"
    assert ids[5] == "JPN/embassy-vnm"


def test_a_mission_in_an_article_naming_several_states_is_in_the_articles_own_state():
    mentions = [
        *_article("a1", "Ethiopian Embassy", ("ETH", "KEN")),
        *_article("a2", "Ethiopian Embassy", ("ETH", "KEN", "SOM")),
    ]
    ids = identity_ids(mentions, {"a1": "KEN", "a2": "KEN"})
    assert ids[2] == ids[6] == "ETH/embassy-ken"


def test_a_mission_named_in_spanish_french_or_as_a_high_commission_is_in_the_other_state_named():
    mentions = [
        *_article("a1", "Embajada de México", ("MEX", "CAN")),
        *_article("a2", "Ambassade de France", ("FRA", "SEN")),
        *_article("a3", "Ambassade de France", ("FRA", "CIV")),
        *_article("a4", "Pakistan High Commission", ("PAK", "GBR")),
    ]
    ids = identity_ids(mentions, {"a1": "CAN", "a2": "SEN", "a3": "CIV", "a4": "GBR"})
    assert ids[2] == "MEX/embassy-can"
    assert (ids[5], ids[8]) == ("FRA/embassy-sen", "FRA/embassy-civ")
    assert ids[11] == "PAK/high-commission-gbr"


def test_a_mission_whose_article_names_no_other_state_or_several_beside_its_own_keeps_its_states_key():
    mentions = [
        *_article("a1", "Japanese Embassy", ("JPN",)),
        *_article("a2", "Japanese Embassy", ("JPN",)),
        *_article("a3", "Saudi Embassy", ("SAU", "JOR", "SYR")),
    ]
    ids = identity_ids(mentions, {"a1": "JPN", "a2": "JPN", "a3": "SAU"})
    assert ids[1] == ids[3] == "JPN/embassy"
    assert ids[7] == "SAU/embassy"


def test_a_mission_named_with_the_city_or_state_it_serves_in_is_there_in_every_language_read():
    # the host is read from the name itself, not from the article's third state (the last one named)
    named = [
        ("Embassy of Japan in Nairobi", ("JPN", "KEN", "ETH")),
        ("Embajada de Chile en Lima", ("CHL", "PER", "BOL")),
        ("Ambassade du Sénégal au Mali", ("SEN", "MLI", "GIN")),
        ("Embaixada do Brasil em Luanda", ("BRA", "AGO", "MOZ")),
        ("Consulat du Maroc à Montréal", ("MAR", "CAN", "FRA")),
        ("Pakistan High Commission in Dhaka", ("PAK", "BGD", "IND")),
    ]
    mentions = [mention for i, (name, states) in enumerate(named) for mention in _article(f"a{i}", name, states)]
    ids = identity_ids(mentions, {f"a{i}": states[2] for i, (_name, states) in enumerate(named)})
    assert [ids[i] for i in range(3, len(ids), 4)] == [
        "JPN/embassy-ken",
        "CHL/embassy-per",
        "SEN/embassy-mli",
        "BRA/embassy-ago",
        "MAR/consulate-can",
        "PAK/high-commission-bgd",
    ]


def test_a_consulate_general_named_in_spanish_french_or_portuguese_is_the_same_body_as_in_english():
    named = [
        ("Consulate General of Mexico in Los Angeles", ("MEX", "USA")),
        ("Consulado General de México en Los Ángeles", ("MEX", "USA")),
        ("Consulat général du Maroc à Montréal", ("MAR", "CAN")),
        ("Moroccan Consulate General in Montreal", ("MAR", "CAN")),
        ("Consulado-Geral do Brasil em Lisboa", ("BRA", "PRT")),
        ("Consulate General of Brazil in Lisbon", ("BRA", "PRT")),
    ]
    mentions = [mention for i, (name, states) in enumerate(named) for mention in _article(f"a{i}", name, states)]
    ids = identity_ids(mentions, {f"a{i}": states[1] for i, (_name, states) in enumerate(named)})
    assert [ids[i] for i in range(2, len(ids), 3)] == [
        "MEX/consulate-general-usa",
        "MEX/consulate-general-usa",
        "MAR/consulate-general-can",
        "MAR/consulate-general-can",
        "BRA/consulate-general-prt",
        "BRA/consulate-general-prt",
    ]
