"""Staff of international bodies named by a lower-case office: the office and its portfolio in lower case after
the body's possessive ("the Council of Europe's human rights commissioner, NAME", "the Commission's trade chief,
NAME"), and the body called again by its head noun in lower case ("bank president NAME", "le vice-président de la
banque, NAME"). The spec's country is the state a person represents: such staff represent none. Sentences written
for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


STAFF = [
    (
        "Rama rejected criticism from the Council of Europe's human rights commissioner, Helga Lindqvist, that the "
        "deal with Italy would strip migrants of safeguards.",
        "Helga Lindqvist",
    ),
    (
        "The European Commission's trade chief, Marek Zalewski, is expected in Warsaw in May to discuss Polish grain.",
        "Marek Zalewski",
    ),
    (
        "The European Union's foreign policy chief, Marta Kowalczyk, will visit Kenya and Ethiopia next week.",
        "Marta Kowalczyk",
    ),
    (
        "The African Development Bank has approved $300 million for roads in Ghana, bank president Kwame Asante "
        "said on Thursday.",
        "Kwame Asante",
    ),
    (
        "The Asian Development Bank will lend $500 million to Vietnam, the bank's vice-president, Chen Mei, said in "
        "Hanoi.",
        "Chen Mei",
    ),
    (
        "El Banco Interamericano de Desarrollo prestará 200 millones de dólares a Paraguay, anunció el presidente "
        "del banco, Ricardo Salinas.",
        "Ricardo Salinas",
    ),
    (
        "La Banque africaine de développement financera la route au Niger, a déclaré le vice-président de la "
        "banque, Moussa Traoré.",
        "Moussa Traoré",
    ),
    (
        "The World Food Programme's country director, Amina Yusuf, said rations in Chad would be cut by half.",
        "Amina Yusuf",
    ),
]


@pytest.mark.parametrize(("text", "name"), STAFF, ids=[case[1] for case in STAFF])
def test_an_international_bodys_official_named_by_a_lower_case_office_serves_no_state(text, name):
    found = countries(text)
    assert name in found and found[name] is None


def test_a_states_official_after_the_body_keeps_the_state():
    text = (
        "The World Bank will lend $200 million to Kenya for roads, and Kenya's trade minister, Joseph Otieno, "
        "welcomed the loan."
    )
    assert countries(text)["Joseph Otieno"] == "KEN"


def test_a_national_banks_head_is_the_states_where_no_international_bank_is_named():
    text = "The Bank of Ghana raised its policy rate to 27 percent, bank governor Kofi Mensah said in Accra, Ghana."
    assert countries(text)["Kofi Mensah"] == "GHA"


def test_a_clause_between_the_body_and_the_name_keeps_the_state():
    text = "The IMF approved the loan to Egypt on Monday, and finance minister Hossam Fahmy thanked the board in Cairo."
    assert countries(text)["Hossam Fahmy"] == "EGY"
