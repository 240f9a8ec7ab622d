"""An office a province, a federated state, a region or a city holds, or that a capital's possessive gives, is of the
state the place belongs to, however much the article names another state, on sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.knowledge import subdivision_states


def countries(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_province_before_an_office_names_its_state():
    cases = [
        ("Sarawak Chief Minister", "Abang Johari Openg", "MYS"),
        ("Gujarat Chief Minister", "Bhupendra Patel", "IND"),
        ("Ontario Premier", "Doug Ford", "CAN"),
        ("Western Cape Premier", "Alan Winde", "ZAF"),
        ("Texas Governor", "Greg Abbott", "USA"),
        ("Khyber Pakhtunkhwa Governor", "Faisal Karim Kundi", "PAK"),
        ("Balochistan Home Minister", "Ziaullah Langove", "PAK"),
        ("West Java Governor", "Ridwan Kamil", "IDN"),
    ]
    for title, name, state in cases:
        text = f"Japan and Japan's banks agreed with Japan on Monday. {title} {name} said the plant would be built."
        assert countries(text)[name] == state, title


def test_a_state_kind_word_and_a_lower_case_provincial_office():
    text = "Morocco and Morocco's firms agreed with Morocco. Lagos State Governor Babajide Sanwo-Olu welcomed the plan."
    assert countries(text)["Babajide Sanwo-Olu"] == "NGA"
    text = "Turkey and Turkey agreed with Turkey. The Sindh provincial minister for energy, Syed Nasir Shah, attended."
    assert countries(text)["Syed Nasir Shah"] == "PAK"


def test_a_province_after_the_office_in_spanish_and_portuguese():
    text = "China y China firmaron con China. El gobernador de Mendoza, Alfredo Cornejo, viajó a Pekín."
    assert countries(text, "es")["Alfredo Cornejo"] == "ARG"
    text = "A China e a China assinaram com a China. O governador de Minas Gerais, Romeu Zema, viajou a Pequim."
    assert countries(text, "pt")["Romeu Zema"] == "BRA"


def test_a_province_several_states_have_is_the_one_the_article_names():
    text = "India and Japan agreed with Japan's banks. Punjab Chief Minister Bhagwant Mann met Japanese investors."
    assert countries(text)["Bhagwant Mann"] == "IND"


def test_a_capitals_possessive_names_the_state_an_envoy_serves_not_the_host():
    cases = [
        ("Riyadh's envoy to Kenya,", "Faisal al-Otaibi,", "SAU"),
        ("Tehran's envoy", "Ali Ghanbari", "IRN"),
        ("Moscow's ambassador,", "Igor Petrenko,", "RUS"),
        ("The ambassador of Riyadh in Nairobi,", "Faisal al-Otaibi,", "SAU"),
    ]
    for title, name, state in cases:
        text = f"Kenya and Kenya's banks agreed with Kenya on Monday. {title} {name} said trade would grow."
        assert countries(text)[name.rstrip(",")] == state, title


def test_a_city_office_before_the_name():
    text = "China and China's banks agreed with China. Karachi Mayor Murtaza Wahab met the delegation."
    assert countries(text)["Murtaza Wahab"] == "PAK"
    text = "China and China's banks agreed with China. Karachi's mayor, Murtaza Wahab, met the delegation."
    assert countries(text)["Murtaza Wahab"] == "PAK"


def test_a_city_that_is_also_a_given_name_names_no_state():
    text = "China and China's banks agreed with China. Victoria Premier Jacinta Allan met the delegation."
    assert countries(text)["Jacinta Allan"] != "SYC"


def test_a_state_the_title_gives_or_a_place_visited_is_no_province_office():
    text = "Pakistan and Turkey met. Turkish Ambassador Mehmet Pacaci visited Sindh and met traders in Karachi."
    assert countries(text)["Mehmet Pacaci"] == "TUR"
    text = "Japan and Kenya signed in Nairobi. In Mombasa, Japanese Ambassador Ken Okaniwa toured the port."
    assert countries(text)["Ken Okaniwa"] == "JPN"
    text = "China and China agreed with China. Finance Minister Lan Fo'an said Sindh would get the loan."
    assert countries(text)["Lan Fo'an"] == "CHN"


def test_the_province_table_keeps_every_state_of_a_shared_name_and_the_kind_form_of_a_city_name():
    assert subdivision_states()["Punjab"] == {"IND", "PAK"}
    assert subdivision_states()["Lagos State"] == {"NGA"}
    assert "Lagos" not in subdivision_states()
