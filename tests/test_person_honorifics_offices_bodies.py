"""Honorifics of Arab and West African officials ("Eng.", "Mallam", "Alhaji"), "General Manager", a body's short
name in brackets between the body and the office, and the trade financier of the Islamic Development Bank group,
which serves no state. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_honorifics_of_arab_and_west_african_officials():
    text = (
        "RIYADH - The Minister of Transport, Eng. Saleh bin Nasser Al-Jasser, said Saudi Arabia would expand its "
        "ports. Saudi Arabia and Saudi Arabia."
    )
    assert persons(text) == {"Saleh bin Nasser Al-Jasser": ("Minister of Transport", "SAU")}
    text = (
        "ABUJA - The Executive Secretary of the Investment Commission, Mallam Yewande Sadiku Bello, and the Minister "
        "of Trade, Alhaji Musa Danladi Abubakar, received the Turkish delegation."
    )
    assert set(persons(text)) == {"Yewande Sadiku Bello", "Musa Danladi Abubakar"}


def test_general_manager_is_one_office():
    text = "Deputy General Manager Joseph Kamau said Kenya Airways would fly to Mumbai. Kenya and India."
    assert persons(text) == {"Joseph Kamau": ("Deputy General Manager", "KEN")}


def test_a_bodys_short_name_in_brackets_before_the_office():
    text = (
        "DHAKA - The deal was signed by Bangladesh's Economic Relations Division Secretary Kazi Rahman and "
        "Export-Import Bank of India (Exim Bank) Chief General Manager Rahul Verma. Bangladesh and India."
    )
    found = persons(text)
    assert found["Kazi Rahman"][1] == "BGD"
    assert found["Rahul Verma"] == ("Chief General Manager", "IND")


def test_the_islamic_development_banks_trade_financier_serves_no_state():
    text = "PARAMARIBO - ITFC CEO Eng. Tarek Salem Hamdy said the facility was the first in Suriname. Suriname."
    assert persons(text) == {"Tarek Salem Hamdy": ("CEO", None)}
