"""The subject of an amount from who spends or signs it, and from its giver before a noun a phrase away; every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The brewer said the company would spend another $450 million on new bottling lines in 2027.", "en"),
        ("Korean and Kenyan firms signed 12 agreements worth $900 million during the state visit.", "en"),
        ("Empresas chilenas y peruanas firmaron acuerdos por valor de 300 millones de dólares.", "es"),
        ("Des entreprises marocaines ont signé des accords d'un montant de 200 millions d'euros.", "fr"),
    ],
)
def test_money_a_firm_spends_or_signs_is_investment(text, language):
    assert _subjects(text, language)[0] == "investment"


@pytest.mark.parametrize(
    "text",
    [
        "The two utilities signed a contract for the supply of electricity worth $120 million.",
        "The ministry signed deals worth $40 million with local firms on Tuesday.",
    ],
)
def test_money_a_sale_or_a_state_signing_is_no_investment(text):
    assert _subjects(text)[0] != "investment"


@pytest.mark.parametrize(
    "text",
    [
        "Canada will commit $30 million over three years to the next stage of Ghana's school programme, with targeted"
        " investment in rural areas.",
        "Japan pledged $12 million to help Laos rebuild the clinics the floods destroyed last year, part of wider"
        " investment in the Mekong region.",
    ],
)
def test_money_a_donor_state_gives_is_aid_before_a_noun_a_phrase_away(text):
    assert _subjects(text)[0] == "aid"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ADB will lend $70 million, while JICA will provide 9 billion yen for the bypass.", "en"),
        ("JBIC will provide $400 million for the gas terminal in Mozambique.", "en"),
        ("Le Fonds monétaire international a promis 500 millions de dollars au Gabon.", "fr"),
        ("El Banco Mundial prometió 300 millones de dólares a Honduras.", "es"),
    ],
)
def test_money_a_lender_that_provides_or_promises_lends(text, language):
    assert _subjects(text, language)[-1] == "loan"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Inter-American Development Bank, represented at the ceremony by its vice-president for countries,"
            " approved $250 million for the north of the country.",
            "en",
        ),
        (
            "La Banque africaine de développement, représentée à Niamey par son directeur général pour l'Afrique de"
            " l'Ouest, a approuvé 40 milliards de francs CFA pour le Niger.",
            "fr",
        ),
    ],
)
def test_money_a_giver_is_read_across_an_appositive(text, language):
    assert _subjects(text, language)[0] == "loan"
