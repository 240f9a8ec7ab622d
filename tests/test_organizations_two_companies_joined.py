"""Two companies joined by `and` in one run of capitalised words: a state's company or a name and its trade
before `and` and a brand after it, or a brand of two words before it and a company's whole name after it, are two
names; a remit, two trades of one business and a partner's name inside a company's own stay one name. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None, []) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Saudi Electricity and Marafiq signed the supply contract in Jubail.", {"Saudi Electricity", "Marafiq"}),
        ("The envoy said Uganda Railways and Transami were studying a dry port.", {"Uganda Railways"}),
        ("Bids from Ethio Telecom and Safaricom Ethiopia reached the regulator.", {"Ethio Telecom"}),
        ("In Lima, Peruvian Petroleum and Trafigura agreed to share the jetty.", {"Peruvian Petroleum"}),
        ("Almarai Dairy and Savola Foods Group will build a plant near Riyadh.", {"Savola Foods Group"}),
        ("Zambeef Farms and Copperbelt Energy Corporation broke off talks.", {"Copperbelt Energy Corporation"}),
    ],
)
def test_a_company_and_a_brand_are_two_names(text, names):
    found = organizations(text)
    assert names <= found
    assert not any(" and " in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Oil and Mineral Resources met the firm on Tuesday.", "Ministry of Oil and Mineral Resources"),
        ("Tata Iron and Steel Company raised its output.", "Tata Iron and Steel Company"),
        ("Kenya Power and Lighting Company raised tariffs.", "Kenya Power and Lighting Company"),
        ("The Bank of Industry and Mines lent the money.", "Bank of Industry and Mines"),
        ("Nordvik Weapon and Munition GmbH will supply the shells.", "Nordvik Weapon and Munition GmbH"),
    ],
)
def test_a_remit_or_a_companys_own_and_stays_one_name(text, name):
    assert name in organizations(text)


def test_a_state_after_a_company_is_no_second_company():
    found = organizations("Ghana Gas and Nigeria signed an accord on the pipeline.")
    assert not any(" and " in name for name in found)
