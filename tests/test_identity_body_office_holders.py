"""Identity across articles: a state's body named without its state is the state of the office holder the
article names for it (its minister, its secretary), before the state the article names most or files from;
holders of two states decide nothing. Articles written for these tests."""

from pipelines.extract.identity import Mention, assign_ids, group_mentions


def _country(article, code):
    return Mention(article, "country", code, code, None, None)


def _body(article, name, country=None):
    return Mention(article, "organization", name, name, country, None)


def _person(article, name, country, role):
    return Mention(article, "person", name, name, country, role)


def _ids(mentions, states):
    return assign_ids(group_mentions(mentions, states), mentions, [None] * len(mentions), {})


def test_a_ministry_is_the_state_of_its_minister_not_of_the_state_named_most():
    mentions = [
        _country("a1", "VNM"),
        _country("a1", "CHL"),
        _person("a1", "Lucia Ferreyra", "CHL", "Minister of Trade, Tourism and Industry"),
        _body("a1", "Ministry of Trade, Tourism and Industry"),  # a report from Hanoi on a Chilean visit
        _country("a2", "CHL"),
        _body("a2", "Ministry of Trade, Tourism and Industry", "CHL"),
        _country("a3", "NOR"),
        _country("a3", "GHA"),
        _person("a3", "Ama Boateng-Mensah", "GHA", "Finance Minister"),
        _body("a3", "Finance Ministry"),  # Norway named most, Ghana's minister
        _country("a4", "GHA"),
        _body("a4", "Ministry of Finance", "GHA"),
    ]
    ids = _ids(mentions, {"a1": "VNM", "a3": "NOR"})
    assert ids[3] == ids[5] == "CHL/ministry-of-trade-tourism-and-industry"
    assert ids[9] == ids[11] == "GHA/ministry-of-finance"


def test_a_minister_of_state_or_a_secretary_gives_the_remit_of_the_body():
    mentions = [
        _country("a1", "NPL"),
        _country("a1", "IND"),
        _person("a1", "Rekha Varadarajan", "IND", "Minister of State for External Affairs"),
        _body("a1", "Ministry of External Affairs"),
        _country("a2", "PHL"),
        _country("a2", "KOR"),
        _person("a2", "Ramon Dizon", "PHL", "Transportation Secretary"),
        _body("a2", "Department of Transportation"),
        _country("a3", "ECU"),
        _country("a3", "ESP"),
        _person("a3", "Carmen Velasco", "ECU", "Ministra de Energía y Minas"),
        _body("a3", "Ministerio de Energía y Minas"),
    ]
    ids = _ids(mentions, {"a1": "NPL", "a2": "KOR", "a3": "ESP"})
    assert ids[3].startswith("IND/")
    assert ids[7] == "PHL/department-of-transportation"
    assert ids[11].startswith("ECU/")


def test_a_body_whose_remit_the_role_only_overlaps_or_of_holders_of_two_states_keeps_the_article_state():
    mentions = [
        _country("a1", "ARE"),
        _country("a1", "KEN"),
        _person("a1", "Saeed Al Harmoudi", "ARE", "Minister of State for Foreign Trade"),
        _body("a1", "Ministry of Investments, Trade and Industry"),  # foreign trade is not its whole remit
        _country("a2", "FIN"),
        _country("a2", "EST"),
        _person("a2", "Anu Virtanen", "FIN", "Finance Minister"),
        _person("a2", "Kadri Tamm", "EST", "Finance Minister"),
        _body("a2", "Ministry of Finance"),  # a finance minister of each side
        _country("a3", "URY"),
        _country("a3", "BRA"),
        _person("a3", "Diego Ferraz", "BRA", "President"),
        _body("a3", "Ministry of Economy"),  # a president holds no ministry's office
        _person("a3", "Paula Lemos", "BRA", "chief executive"),
    ]
    ids = _ids(mentions, {"a1": "KEN", "a2": "EST", "a3": "URY"})
    assert ids[3] == "KEN/ministry-of-investments-trade-and-industry"
    assert ids[8] == "EST/ministry-of-finance"
    assert ids[12] == "URY/ministry-of-economy"


def test_a_body_its_name_or_its_actor_places_keeps_that_state():
    mentions = [
        _country("a1", "MAR"),
        _country("a1", "SEN"),
        _person("a1", "Fatou Ndiaye", "SEN", "Minister of Agriculture"),
        _body("a1", "Moroccan Ministry of Agriculture"),
        _body("a1", "Ministry of Agriculture", "MAR"),
        _body("a1", "Parliament"),  # no remit: the article's state
    ]
    ids = _ids(mentions, {"a1": "MAR"})
    assert ids[3] == ids[4] == "MAR/ministry-of-agriculture"
    assert ids[5] == "MAR/parliament"


def test_a_legislature_named_without_its_state_is_the_state_of_most_of_the_officials_named():
    mentions = [
        _country("a1", "KOR"),
        _country("a1", "ZMB"),
        _person("a1", "Chanda Mwale", "ZMB", "Finance Minister"),
        _person("a1", "Bwalya Phiri", "ZMB", "opposition spokesman"),
        _person("a1", "Kim Do-hyun", "KOR", "Ambassador"),
        _body("a1", "Parliament"),  # a Zambian report on a Korean loan: Korea named first and most
        _country("a3", "BRA"),
        _country("a3", "PRT"),
        _person("a3", "Rui Antunes", "PRT", "Prime Minister"),
        _person("a3", "Lula Nogueira", "BRA", "President"),
        _body("a3", "Assembleia Nacional"),  # one official of each side: the article's state
        _country("a4", "TUR"),
        _country("a4", "SRB"),
        _person("a4", "Ana Jovanovic", "SRB", "Minister"),
        _body("a4", "National Assembly"),  # one official alone decides nothing
        _country("a5", "FJI"),
        _person("a5", "Sitiveni Naulu", "NZL", "High Commissioner"),
        _person("a5", "Mere Tane", "NZL", "envoy"),
        _body("a5", "Parliament"),  # its officials' state is not one the report names
    ]
    ids = _ids(mentions, {"a1": "KOR", "a3": "BRA", "a4": "TUR", "a5": "FJI"})
    assert ids[5] == "ZMB/parliament"
    assert ids[10].startswith("BRA/")
    assert ids[14] == "TUR/national-assembly"
    assert ids[18] == "FJI/parliament"
