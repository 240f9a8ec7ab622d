"""A company's trade written before its name as a title is ('Developer NAME Sdn Bhd', 'Miner NAME Corporation',
'Insurer NAME Limited'), and a state's government in the possessive before one of its bodies ('Indonesian
Government's National Agency for Disaster Management'), are no words of the name. Sentences written for these
tests, with companies and bodies of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, (), None) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Developer Malaysia Rail Link Sdn Bhd said the line would open in 2027.", "Malaysia Rail Link Sdn Bhd"),
        ("Contractor Gamuda Berhad won the tunnel package.", "Gamuda Berhad"),
        ("Miner Barrick Gold Corporation agreed to pay the tax in Tanzania.", "Barrick Gold Corporation"),
        ("Insurer Sanlam Limited bought a stake in the Moroccan group.", "Sanlam Limited"),
        ("Operator Karachi Gateway Terminal Ltd expanded the quay.", "Karachi Gateway Terminal Ltd"),
        ("Lender Standard Chartered PLC arranged the loan for Ghana.", "Standard Chartered PLC"),
        ("Automaker Tata Motors Limited plans a plant in Sri Lanka.", "Tata Motors Limited"),
        ("Refiner Petron Corporation raised fuel prices in Manila.", "Petron Corporation"),
        ("Developer Eko Atlantic Ltd sold the plots to Gulf investors.", "Eko Atlantic Ltd"),
        ("Shipbuilder Hanjin Heavy Industries Co. delivered the vessel to Chile.", "Hanjin Heavy Industries Co."),
        ("Retailer Shoprite Holdings Ltd closed its stores in Nigeria.", "Shoprite Holdings Ltd"),
        ("Steelmaker Tosyali Holding opened a mill in Algeria.", "Tosyali Holding"),
    ],
)
def test_a_trade_written_before_a_company_name_is_no_word_of_it(text, name):
    found = organizations(text)
    assert name in found
    assert not any(other.endswith(name) and other != name for other in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Indonesian Government's National Agency for Disaster Management sent teams to Palu.",
            "National Agency for Disaster Management",
        ),
        ("Nigeria's Federal Government's Bureau of Public Enterprises sold shares.", "Bureau of Public Enterprises"),
        ("The Philippine Government's Bureau of Customs seized the goods in Cebu.", "Bureau of Customs"),
        ("The Union Government's Central Board of Indirect Taxes cut the duty.", "Central Board of Indirect Taxes"),
        ("The Mexican Government's National Water Commission approved the dam.", "National Water Commission"),
    ],
)
def test_a_states_government_in_the_possessive_is_no_word_of_its_bodys_name(text, name):
    found = organizations(text)
    assert name in found
    assert not any("Government's" in other for other in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carrier Global Corporation sold its fire unit.", "Carrier Global Corporation"),  # a name opened by a trade
        ("Pakistan Mining Developer Ltd will drill in Chagai.", "Pakistan Mining Developer Ltd"),
    ],
)
def test_a_company_named_by_a_trade_word_keeps_it(text, name):
    assert name in organizations(text)
