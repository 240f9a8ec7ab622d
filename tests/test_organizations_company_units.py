"""A known company or state enterprise of one state whose name opens a run of a few words of its own names its unit
or subsidiary (`ADNOC Distribution`, `Pertamina Hulu Energi`, `NTPC Vidyut Vyapar Nigam`): the whole run is the
organisation, of the company's state. A known name of one word with one capital before one word has a person's
name's shape (`Petra Lindqvist`): only a name in capitals or camel case opens a unit so. An office after the name
(`Eskom CEO`), a place (`Sany Nairobi`), an international body's or an outlet's name, a programme or event word and
a Title Case headline are not. Sentences written for these tests, with companies of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected", "state"),
    [
        ("The grid contract went to Statkraft Energi Vind, the Norwegian firm said.", "Statkraft Energi Vind", "NOR"),
        ("Sany Heavy Industry will supply forty cranes to the port of Mombasa.", "Sany Heavy Industry", "CHN"),
        ("A consortium led by Eiffage Génie Civil won the tender for the Dakar bridge.", "Eiffage Génie Civil", "FRA"),
        ("The steel will be rolled by Metinvest Trametal Italia in the north.", "Metinvest Trametal Italia", "UKR"),
        ("ADNOC Distribution will open fuel stations in Oman.", "ADNOC Distribution", "ARE"),
        ("The power will be sold through NTPC Vidyut Vyapar Nigam under the deal.", "NTPC Vidyut Vyapar Nigam", "IND"),
        ("The ore is shipped by Tullow Ghana partners and Tullow Oil Kenya staff.", "Tullow Oil Kenya", None),
        ("Transnet Freight Rail will carry the manganese to Saldanha.", "Transnet Freight Rail", "ZAF"),
        ("The deal was signed with Pertamina Hulu Energi in Jakarta on Friday.", "Pertamina Hulu Energi", "IDN"),
        ("Mitsui took a stake in Anglo American Sur in 2011.", "Anglo American Sur", "GBR"),
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
        ("Petrobras Distribuidora Nacional vai abrir postos na fronteira.", "Petrobras Distribuidora Nacional", "pt"),
        (
            "El contrato fue firmado por Ecopetrol Permian Resources con socios de Texas.",
            "Ecopetrol Permian Resources",
            "es",
        ),
        ("Sonatrach Raffinage Aval a signé un accord avec un groupe italien.", "Sonatrach Raffinage Aval", "fr"),
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
    "text",
    [
        "The EU energy commissioner, Petra Lindqvist, welcomed the deal with Jordan.",
        "Xinhua Chen, a trade official, said the talks would resume.",
        "Engro Ahmed, the plant's manager, met the buyers.",
    ],
)
def test_a_known_name_of_one_word_before_one_word_is_a_persons_shape(text):
    assert not {name for name in organizations(text) if " " in name}


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
    found = organizations("Pertamina Hulu Energi will drill the well. Pertamina said the cost would be shared.")
    assert {"Pertamina Hulu Energi", "Pertamina"} <= set(found)
