"""An officer of a well-known company serves the company's state even where the text writes the company otherwise
than the tables: with its legal form at either end (`AG`, `S.p.A.`, `Co., Ltd.`, `PT`, `Berhad`), in capitals,
or without its accents. A company of two states' tables, or of none, leaves the person to the other rules.
Sentences and names written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.person_bodies import known_body_state


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Rheinmetall AG", "DEU"),
        ("LUKOIL", "RUS"),
        ("PETRONAS", "MYS"),
        ("Eni S.p.A.", "ITA"),
        ("Toyota Motor Corp.", "JPN"),
        ("Mitsubishi Heavy Industries, Ltd.", "JPN"),
        ("PT Pertamina", "IDN"),
        ("Tenaga Nasional Berhad", "MYS"),
        ("Iberdrola, S.A.", "ESP"),
        ("Barrick Gold Corporation", "CAN"),
        ("Grameenphone Ltd.", "BGD"),
    ],
)
def test_a_known_company_written_otherwise(name, state):
    assert known_body_state(name) == state


def test_no_state_for_an_unknown_company_or_a_legal_form_alone():
    assert known_body_state("Halvorsen Lumber AG") is None
    assert known_body_state("Ltd.") is None


def test_an_officer_of_a_company_with_its_legal_form_after_the_name():
    text = (
        "Kyiv, 3 March - Ukraine will host a new plant for armoured vehicles. The deal was signed by Tobias Wendler, "
        "chief executive of Rheinmetall AG, and Oksana Melnyk, Ukraine's Minister of Industry."
    )
    found = persons(text)
    assert found["Tobias Wendler"] == "DEU"
    assert found["Oksana Melnyk"] == "UKR"


def test_an_officer_of_a_company_in_capitals_in_a_list_with_a_host_minister():
    text = (
        "TASHKENT, 9 May (UzA) - Uzbekistan and its partners signed a gas deal. It was signed in the presence of "
        "Bekzod Rakhimov, Minister of Energy of Uzbekistan, and Igor Sorokin, Vice President of LUKOIL, in Tashkent."
    )
    found = persons(text)
    assert found["Igor Sorokin"] == "RUS"
    assert found["Bekzod Rakhimov"] == "UZB"


def test_officers_of_companies_with_legal_forms_in_several_regions():
    text = (
        "Nairobi, 12 June - Kenya signed three supply contracts on Monday. Kenji Morimoto, President of Toyota "
        "Motor Corp., said the plant near Mombasa would open in 2027."
    )
    assert persons(text)["Kenji Morimoto"] == "JPN"
    text = (
        "Accra, 4 April - Ghana awarded the offshore block on Friday. Paolo Ferretti, chief operating officer of "
        "Eni S.p.A., told reporters in Accra that drilling would start in the autumn."
    )
    assert persons(text)["Paolo Ferretti"] == "ITA"
    text = (
        "Dhaka, 20 January - Bangladesh and Malaysia signed a grid deal. Ahmad Faizal, chairman of Tenaga Nasional "
        "Berhad, said the line would carry 500 megawatts."
    )
    assert persons(text)["Ahmad Faizal"] == "MYS"


def test_officers_of_companies_with_legal_forms_in_spanish_and_portuguese():
    text = (
        "Lima, 5 de mayo - Perú firmó el contrato eléctrico. El presidente de Iberdrola, S.A., Tomás Echeverría "
        "Gil, dijo en Lima que la obra empezará en junio."
    )
    assert persons(text, "es")["Tomás Echeverría Gil"] == "ESP"
    text = (
        "Luanda, 7 de março - Angola assinou o acordo de exploração. O presidente da PETRONAS, Azlan Hashim, "
        "disse em Luanda que os trabalhos vão começar em outubro."
    )
    assert persons(text, "pt")["Azlan Hashim"] == "MYS"
