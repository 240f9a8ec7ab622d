"""Identity across articles: a state's body named without its state is the state of the office holder the
article names for it (its minister, its secretary), before the state the article names most or files from;
holders of two states decide nothing. Articles written for these tests."""

from pipelines.extract.identity import Mention
from tests.conftest import body_mention, country_mention, identity_ids


def _person(article, name, country, role):
    return Mention(article, "person", name, name, country, role)


def test_a_ministry_is_the_state_of_its_minister_not_of_the_state_named_most():
    mentions = [
        country_mention("a1", "VNM"),
        country_mention("a1", "CHL"),
        _person("a1", "Lucia Ferreyra", "CHL", "Minister of Trade, Tourism and Industry"),
        body_mention("a1", "Ministry of Trade, Tourism and Industry"),  # a report from Hanoi on a Chilean visit
        country_mention("a2", "CHL"),
        body_mention("a2", "Ministry of Trade, Tourism and Industry", "CHL"),
        country_mention("a3", "NOR"),
        country_mention("a3", "GHA"),
        _person("a3", "Ama Boateng-Mensah", "GHA", "Finance Minister"),
        body_mention("a3", "Finance Ministry"),  # Norway named most, Ghana's minister
        country_mention("a4", "GHA"),
        body_mention("a4", "Ministry of Finance", "GHA"),
    ]
    ids = identity_ids(mentions, {"a1": "VNM", "a3": "NOR"})
    assert ids[3] == ids[5] == "CHL/ministry-of-trade-tourism-and-industry"
    assert ids[9] == ids[11] == "GHA/ministry-of-finance"


def test_a_minister_of_state_or_a_secretary_gives_the_remit_of_the_body():
    mentions = [
        country_mention("a1", "NPL"),
        country_mention("a1", "IND"),
        _person("a1", "Rekha Varadarajan", "IND", "Minister of State for External Affairs"),
        body_mention("a1", "Ministry of External Affairs"),
        country_mention("a2", "PHL"),
        country_mention("a2", "KOR"),
        _person("a2", "Ramon Dizon", "PHL", "Transportation Secretary"),
        body_mention("a2", "Department of Transportation"),
        country_mention("a3", "ECU"),
        country_mention("a3", "ESP"),
        _person("a3", "Carmen Velasco", "ECU", "Ministra de Energía y Minas"),
        body_mention("a3", "Ministerio de Energía y Minas"),
    ]
    ids = identity_ids(mentions, {"a1": "NPL", "a2": "KOR", "a3": "ESP"})
    assert ids[3].startswith("IND/")
    assert ids[7] == "PHL/department-of-transportation"
    assert ids[11].startswith("ECU/")


def test_a_body_whose_remit_the_role_only_overlaps_or_of_holders_of_two_states_keeps_the_article_state():
    mentions = [
        country_mention("a1", "ARE"),
        country_mention("a1", "KEN"),
        _person("a1", "Saeed Al Harmoudi", "ARE", "Minister of State for Foreign Trade"),
        body_mention("a1", "Ministry of Investments, Trade and Industry"),  # foreign trade is not its whole remit
        country_mention("a2", "FIN"),
        country_mention("a2", "EST"),
        _person("a2", "Anu Virtanen", "FIN", "Finance Minister"),
        _person("a2", "Kadri Tamm", "EST", "Finance Minister"),
        body_mention("a2", "Ministry of Finance"),  # a finance minister of each side
        country_mention("a3", "URY"),
        country_mention("a3", "BRA"),
        _person("a3", "Diego Ferraz", "BRA", "President"),
        body_mention("a3", "Ministry of Economy"),  # a president holds no ministry's office
        _person("a3", "Paula Lemos", "BRA", "chief executive"),
    ]
    ids = identity_ids(mentions, {"a1": "KEN", "a2": "EST", "a3": "URY"})
    assert ids[3] == "KEN/ministry-of-investments-trade-and-industry"
    assert ids[8] == "EST/ministry-of-finance"
    assert ids[12] == "URY/ministry-of-economy"


def test_a_body_its_name_or_its_actor_places_keeps_that_state():
    mentions = [
        country_mention("a1", "MAR"),
        country_mention("a1", "SEN"),
        _person("a1", "Fatou Ndiaye", "SEN", "Minister of Agriculture"),
        body_mention("a1", "Moroccan Ministry of Agriculture"),
        body_mention("a1", "Ministry of Agriculture", "MAR"),
        body_mention("a1", "Parliament"),  # no remit: the article's state
    ]
    ids = identity_ids(mentions, {"a1": "MAR"})
    assert ids[3] == ids[4] == "MAR/ministry-of-agriculture"
    assert ids[5] == "MAR/parliament"


def test_a_legislature_named_without_its_state_is_the_state_of_most_of_the_officials_named():
    mentions = [
        country_mention("a1", "KOR"),
        country_mention("a1", "ZMB"),
        _person("a1", "Chanda Mwale", "ZMB", "Finance Minister"),
        _person("a1", "Bwalya Phiri", "ZMB", "opposition spokesman"),
        _person("a1", "Kim Do-hyun", "KOR", "Ambassador"),
        body_mention("a1", "Parliament"),  # a Zambian report on a Korean loan: Korea named first and most
        country_mention("a3", "BRA"),
        country_mention("a3", "PRT"),
        _person("a3", "Rui Antunes", "PRT", "Prime Minister"),
        _person("a3", "Lula Nogueira", "BRA", "President"),
        body_mention("a3", "Assembleia Nacional"),  # one official of each side: the article's state
        country_mention("a4", "TUR"),
        country_mention("a4", "SRB"),
        _person("a4", "Ana Jovanovic", "SRB", "Minister"),
        body_mention("a4", "National Assembly"),  # one official alone decides nothing
        country_mention("a5", "FJI"),
        _person("a5", "Sitiveni Naulu", "NZL", "High Commissioner"),
        _person("a5", "Mere Tane", "NZL", "envoy"),
        body_mention("a5", "Parliament"),  # its officials' state is not one the report names
    ]
    ids = identity_ids(mentions, {"a1": "KOR", "a3": "BRA", "a4": "TUR", "a5": "FJI"})
    assert ids[5] == "ZMB/parliament"
    assert ids[10].startswith("BRA/")
    assert ids[14] == "TUR/national-assembly"
    assert ids[18] == "FJI/parliament"
