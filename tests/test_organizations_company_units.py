"""A known company or state enterprise of one state whose name opens a run of a few words of its own names its unit
or subsidiary (`ADNOC Distribution`, `Pemex Refinación`, `NTPC Vidyut Vyapar Nigam`): the whole run is the
organisation, of the company's state. An office after the name (`Eskom CEO`), a place (`Sany Nairobi`), an
international body's or an outlet's name, a programme or event word and a Title
Case headline are not. Sentences written for these tests, with companies of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected", "state"),
    [
        ("The grid contract went to Statkraft Energi, the Norwegian firm said on Monday.", "Statkraft Energi", "NOR"),
        ("Sany Heavy Industry will supply forty cranes to the port of Mombasa.", "Sany Heavy Industry", "CHN"),
        ("A consortium led by Eiffage Génie Civil won the tender for the Dakar bridge.", "Eiffage Génie Civil", "FRA"),
        ("Engro Fertilizers signed a supply deal with a Kenyan importer.", "Engro Fertilizers", "PAK"),
        ("The steel will be rolled by Metinvest Trametal in northern Italy.", "Metinvest Trametal", "UKR"),
        ("Vedanta Aluminium expects to raise exports to Vietnam this year.", "Vedanta Aluminium", "IND"),
        ("The ore is shipped by Tullow Ghana partners and Tullow Oil Kenya staff.", "Tullow Oil Kenya", None),
        ("Transnet Freight Rail will carry the manganese to Saldanha.", "Transnet Freight Rail", "ZAF"),
        (
            "Petrobras Distribuidora opened fuel stations along the border with Paraguay.",
            "Petrobras Distribuidora",
            "BRA",
        ),
        ("The deal was signed with Pertamina Hulu Energi in Jakarta on Friday.", "Pertamina Hulu Energi", "IDN"),
        ("Sonatrach Raffinage will process the crude at Skikda.", "Sonatrach Raffinage", "DZA"),
        ("Holcim Philippines said cement sales to Japan rose.", "Holcim Philippines", "PHL"),
    ],
)
def test_a_known_company_opening_a_run_names_its_unit(text, expected, state):
    found = organizations(text)
    assert expected in found
    if state:
        assert found[expected].country == state


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        ("Petrobras Distribuidora vai abrir postos na fronteira com o Paraguai.", "Petrobras Distribuidora", "pt"),
        ("El contrato fue firmado por Ecopetrol Permian con socios de Texas.", "Ecopetrol Permian", "es"),
        ("Sonatrach Raffinage a signé un accord avec un groupe italien.", "Sonatrach Raffinage", "fr"),
    ],
)
def test_a_company_unit_in_spanish_french_and_portuguese(text, expected, language):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Eskom CEO Andre de Ruyter told reporters the plant would reopen.", "Eskom CEO"),
        ("Sany Nairobi staff said the cranes had arrived.", "Sany Nairobi"),
        ("The World Bank Country Director met the minister in Dhaka.", "World Bank Country Director"),
        ("UN Women Pakistan said the grant would reach Sindh.", "UN Women Pakistan"),
        ("Petronas Summit delegates met in Kuala Lumpur in March.", "Petronas Summit"),
        ("Gazprom Monday said exports to Turkey fell.", "Gazprom Monday"),
        ("Engro Signs Fertiliser Deal With Kenyan Importer", "Engro Signs Fertiliser Deal"),
        ("Codelco A321 jets were not involved.", "Codelco A321"),
    ],
)
def test_an_office_a_place_a_head_an_event_or_a_headline_is_no_unit(text, absent):
    assert absent not in organizations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("SONATRACH WORLDWIDE\nSonatrach said exports rose.", "Sonatrach Worldwide"),
        ("The final was played at Nissan Stadium in front of 60,000 fans.", "Nissan Stadium"),
    ],
)
def test_a_run_in_capitals_or_a_place_is_no_unit(text, absent):
    assert absent not in organizations(text)


def test_a_unit_is_a_body_of_its_own_beside_its_company():
    found = organizations("Statkraft Energi will build the line. Statkraft said the cost would be shared.")
    assert {"Statkraft Energi", "Statkraft"} <= set(found)
