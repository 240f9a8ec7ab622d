"""Portfolios whose field word follows a few capitalised words or an acronym ("Minister for East African Community
Affairs", "Minister for Consumer Affairs", "Minister of State for EAC Affairs"), of the state the title gives, not
of the international body they name; a list of portfolios closed by `and` and any capitalised word ("Tourism,
Wildlife and Antiquities"). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_portfolio_that_names_an_international_body_is_a_state_s():
    found = persons(
        "Minister for East African Community Affairs Rebecca Wanjiru said Kenya would ratify the deal with Uganda."
    )
    assert found["Rebecca Wanjiru"] == ("Minister for East African Community Affairs", "KEN")
    found = persons(
        "Uganda's Minister of State for EAC Affairs, John Mwesigwa, met Kenyan officials in Nairobi on Monday."
    )
    assert found["John Mwesigwa"] == ("Minister of State for EAC Affairs", "UGA")
    found = persons("Thai Minister for ASEAN Affairs Somchai Wongsa met officials from Vietnam in Hanoi.")
    assert found["Somchai Wongsa"] == ("Minister for ASEAN Affairs", "THA")


def test_an_office_at_the_body_itself_serves_no_state():
    found = persons("The Secretary General of the EAC, Peter Kamau, met Kenyan officials in Nairobi.")
    assert found["Peter Kamau"] == ("Secretary General", None)


def test_capitalised_words_before_a_field_word():
    found = persons("Minister for Consumer Affairs Jane Brody said Canada would act against dumping from China.")
    assert found["Jane Brody"] == ("Minister for Consumer Affairs", "CAN")
    found = persons("Chinese Special Envoy on African Affairs Liu Wen signed the document with Ethiopia.")
    assert found["Liu Wen"] == ("Special Envoy on African Affairs", "CHN")


def test_a_list_of_portfolios_closed_by_any_capitalised_word():
    found = persons("Minister of Tourism, Wildlife and Antiquities Tom Butera said Uganda wanted more visitors.")
    assert found["Tom Butera"][0] == "Minister of Tourism, Wildlife and Antiquities"
    found = persons(
        "Minister of Industry, Trade and Cooperatives Moses Kariuki told Kenyan exporters in Nairobi to look east."
    )
    assert found["Moses Kariuki"][0] == "Minister of Industry, Trade and Cooperatives"
