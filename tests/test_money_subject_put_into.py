"""Subject of a sum that a verb of putting money in governs: a firm, a fund or a state that puts, pours, ploughs,
sinks, pumps or injects a sum into a venture, a firm, a fund or works invests it ('Aramco will put $7 billion into
the refinery', 'Canadian firms have poured $2 billion into Chilean mines', 'the group will put in a further PLN 4.6
billion', 'inyectará', 'injectera ... dans', 'vai aplicar ... na'), whatever the venture is; a donor's is aid and a
lender's a loan, a government's at home stays its works' money, and a state's abroad is left to the giver rules.
'Put at' (a value), 'put in place' and 'put up' are no such verb. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str, language: str = "en") -> tuple[str, str]:
    found = extract_money(text, language=language)[0]
    return found.kind, found.subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("Saudi Aramco will put US$7 billion into a refinery complex in Johor.", "en"),
        ("Hyundai Motor will pour $1.2 billion into its Chennai car plant over five years.", "en"),
        ("Canadian firms have put some $7 billion into Chilean copper mines.", "en"),
        ("The Qatar Investment Authority plans to put $3 billion into Turkish infrastructure.", "en"),
        ("Emirati investors are ready to put between $1-2 billion into logistics parks in Kenya.", "en"),
        ("QNB has put roughly ₺40 billion of capital into its Turkish unit.", "en"),
        ("Tata Steel will plough £300 million into the Port Talbot works.", "en"),
        ("Rio Tinto sank A$2 billion into the Oyu Tolgoi underground mine.", "en"),
        ("LG Energy Solution will put in a further PLN 4.6 billion by the end of 2026.", "en"),
        ("Orascom said it would pump EGP 3 billion into its Algerian cement unit.", "en"),
        ("Repsol inyectará 500 millones de dólares en la refinería de La Pampilla.", "es"),
        ("Telefónica inyectó 300 millones de euros en su filial colombiana.", "es"),
        ("Le groupe OCP injectera 200 millions de dollars dans son usine d'engrais au Nigeria.", "fr"),
        ("Orange a mis 150 millions d'euros dans sa filiale sénégalaise.", "fr"),
        ("A Vale vai aplicar US$ 2 bilhões na mina de Moatize.", "pt"),
        ("A Petrobras injetou R$ 900 milhões na refinaria de Pasadena.", "pt"),
    ],
)
def test_money_put_into_a_venture_is_invested(text, language):
    assert _first(text, language) == ("commitment", "investment")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("USAID put $2 million into the university's e-learning systems.", "aid"),
        ("The World Bank will put $200 million into the irrigation scheme in Punjab.", "loan"),
        ("The Asian Development Bank will pour $150 million into Mongolia's rail network.", "loan"),
        ("The government will pour Rs 500 crore into the new port at Vadhavan.", "project"),
        ("The Government of Uzbekistan will put in about $41 million for land acquisition.", "project"),
    ],
)
def test_a_donor_a_lender_or_a_government_at_home_keeps_its_reading(text, subject):
    assert _first(text)[1] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Bonn has already put some DM 80 billion into the former Soviet Union.",
        "Beijing is ready to put $10 billion into a joint fund with Kazakhstan.",
    ],
)
def test_a_states_sum_abroad_is_left_to_the_giver_rules(text):
    assert _first(text)[1] != "investment"


@pytest.mark.parametrize(
    "text",
    [
        "The bank put in place a $300 million facility for small firms.",
        "Analysts put the cost of the line at $2 billion.",
    ],
)
def test_other_senses_of_put_invest_nothing(text):
    assert _first(text)[1] != "investment"
