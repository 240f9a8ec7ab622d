"""Money in local currencies, other languages and hostile notations, on sentences written for these tests."""

import math

import pytest

from pipelines.extract.money import extract_money
from pipelines.extract.settings import CorpusSettings


def _one(text: str, language: str = "en"):
    (found,) = extract_money(text, language=language)
    assert text[found.char_start : found.char_end] == found.text
    return found


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Nairobi will borrow Ksh 20 billion for the road, Kenyan officials said.", 20e9, "KES"),
        ("The emirate pledged Dh5 billion to the fund.", 5e9, "AED"),
        ("Cairo budgeted LE 3.5 billion for the canal.", 3.5e9, "EGP"),
        ("Baghdad will spend 50 million dinars, Iraqi officials said.", 50e6, "IQD"),
        ("The fund invested 4 billion reais.", 4e9, "BRL"),
        ("Dhaka approved 500 crore taka for the bridge.", 5e9, "BDT"),
        ("Manila approved a P5.2 billion loan for farmers in the Philippines.", 5.2e9, "PHP"),
        ("New Delhi set aside ₹1.5 lakh crore for highways.", 1.5e12, "INR"),
        ("Canberra committed A$500 million.", 500e6, "AUD"),
        ("Wellington committed NZ$20 million.", 20e6, "NZD"),
        ("Brasilia committed R$ 3 billion.", 3e9, "BRL"),
        ("Exports reached US$ 4 million.", 4e6, "USD"),
        ("The plant cost Tk 50 crore.", 500e6, "BDT"),
        ("Astana raised KZT 10 billion.", 10e9, "KZT"),
        ("The buyers paid 5 billion tenge.", 5e9, "KZT"),
        ("Moscow lent 3 billion rubles.", 3e9, "RUB"),
        ("Seoul lent 5 trillion won.", 5e12, "KRW"),
        ("Lagos raised 2 billion naira.", 2e9, "NGN"),
        ("Accra raised 5 million cedis.", 5e6, "GHS"),
        ("Kampala raised 3 billion shillings, Ugandan officials said.", 3e9, "UGX"),
        ("Bishkek raised 2 billion som from Kyrgyz banks.", 2e9, "KGS"),
        ("Baku raised 300 million manat.", 300e6, "AZN"),
        ("The deal is worth 5 million USD.", 5e6, "USD"),
        ("The deal is worth 4 million GBP.", 4e6, "GBP"),
        ("The grant is worth Japanese Yen 2,370 million.", 2.37e9, "JPY"),
        ("The bank holds 1,00,000 crore rupees in Indian deposits in India.", 1e12, "INR"),
    ],
)
def test_local_currencies_by_symbol_abbreviation_code_and_word(text, amount, currency):
    found = _one(text)
    assert (found.amount, found.currency) == (amount, currency)


@pytest.mark.parametrize(
    "text, language, amount, amount_max, currency",
    [
        ("Las exportaciones sumaron US$ 4.700 millones en 2023.", "es", 4.7e9, None, "USD"),
        ("El banco prestó 2.500 millones de euros.", "es", 2.5e9, None, "EUR"),
        ("Le pays a reçu 4,9 milliards de dollars de prêts.", "fr", 4.9e9, None, "USD"),
        ("Le fonds a investi 1 500 millions d'euros.", "fr", 1.5e9, None, "EUR"),
        ("O comércio atingiu 5 bilhões de reais.", "pt", 5e9, None, "BRL"),
        ("O banco emprestou 2,5 mil milhões de dólares.", "pt", 2.5e9, None, "USD"),
        ("Trade reached $2,1 billion last year.", "en", 2.1e9, None, "USD"),
        ("Trade reached $4.700 billion last year.", "en", 4.7e9, None, "USD"),
        ("They expect between 3 and 5 billion dollars.", "en", 3e9, 5e9, "USD"),
        ("They expect between $3 and $5 billion.", "en", 3e9, 5e9, "USD"),
        ("They expect three to five billion dollars.", "en", 3e9, 5e9, "USD"),
        ("They expect half a billion dollars.", "en", 0.5e9, None, "USD"),
        ("They expect two and a half billion dollars.", "en", 2.5e9, None, "USD"),
        ("They expect twenty-five million dollars.", "en", 25e6, None, "USD"),
        ("Se esperan de 3 a 5 millones de dólares.", "es", 3e6, 5e6, "USD"),
    ],
)
def test_separators_scales_and_ranges_of_each_language(text, language, amount, amount_max, currency):
    found = _one(text, language)
    assert (found.amount, found.amount_max, found.currency) == (amount, amount_max, currency)


@pytest.mark.parametrize(
    "text",
    [
        "The limit is $1e308 for now.",
        "The counter showed $" + "9" * 400 + " at noon.",
        "A price of $1.5e9 was quoted in the spreadsheet.",
        "The figure was $" + "9" * 25 + " in the forged file.",
        "Delegates met before COP28 in Dubai.",
        "The P5 ministers met in Geneva.",
        "The plant makes 5 million tonnes a year.",
    ],
)
def test_notation_noise_and_numbers_that_are_not_money_stay_out(text):
    assert extract_money(text) == []


def test_amounts_are_finite_positive_and_a_sign_is_not_part_of_the_amount():
    found = extract_money("The balance moved -$5 million and then $-3 million.")
    assert [(m.text, m.amount) for m in found] == [("$5 million", 5e6)]
    for m in extract_money("Trade of $" + "9" * 17 + " and of $" + "1" * 300 + " was listed."):
        assert math.isfinite(m.amount) and 0 < m.amount <= 1e18


def test_a_bare_dollar_is_us_unless_the_text_states_another_dollar():
    assert _one("Australia will provide $20 million in aid.").currency == "USD"
    stated = extract_money("Canberra gave A$5 million last year and will add $20 million in aid.")
    assert [m.currency for m in stated] == ["AUD", "AUD"]
    converted = extract_money("Canberra will provide A$30 million ($20 million) in aid.")
    assert [m.currency for m in converted] == ["AUD", "USD"]


def test_rupees_follow_the_state_their_sentence_names_then_the_article_then_the_setting():
    text = (
        "India said India and India were ready. Islamabad will send aid worth 5,000 million rupees to Kabul. "
        "India welcomed it."
    )
    assert _one(text).currency == "PKR"
    assert _one("Colombo will raise Rs 500 crore, Sri Lanka said.").currency == "LKR"

    (found,) = extract_money("The fee is Rs 500 million.", settings=CorpusSettings(rupee_currency="INR"))
    assert found.currency == "INR"
    assert _one("The fee is Rs 500 million.").currency == "PKR"


def test_a_peso_p_or_rand_r_needs_its_country():
    assert extract_money("The bill was P5 billion.") == []
    assert _one("South Africa will spend R5 billion on ports.").currency == "ZAR"


@pytest.mark.parametrize(
    "text, language, kind, subject",
    [
        ("Ambos países acordaron elevar el comercio a 5.000 millones de dólares.", "es", "target", "trade"),
        ("China otorgó un préstamo de 2.000 millones de dólares.", "es", "commitment", "loan"),
        ("Les échanges commerciaux ont atteint 4,9 milliards de dollars.", "fr", "actual", "trade"),
        ("A empresa vai investir 3 bilhões de reais no porto.", "pt", "commitment", "investment"),
    ],
)
def test_kind_and_subject_in_other_languages(text, language, kind, subject):
    found = _one(text, language)
    assert (found.kind, found.subject) == (kind, subject)


@pytest.mark.parametrize(
    "text, kind, subject",
    [
        ("Officials said trade has the potential to hit $5 billion a year.", "target", "trade"),
        ("They hope to elevate bilateral trade upto $100 million.", "target", "trade"),
        ("Astana may increase its exports to Chile by $50 million.", "target", "trade"),
        ("He stressed the need to increase trade, which stood at $718 million last year.", "actual", "trade"),
        ("Traders voiced optimism about achieving $2 billion in trade.", "target", "trade"),
        ("Last year sales between the two states reached $4 billion.", "actual", "trade"),
        ("The emirate will deposit $3 billion with the central bank.", "commitment", "loan"),
        (
            "The two sides signed potential deals worth RM2 billion, the Investment, Trade and Industry Minister said.",
            "commitment",
            "other",
        ),
    ],
)
def test_kind_and_subject_on_goal_report_and_deposit_wording(text, kind, subject):
    found = _one(text)
    assert (found.kind, found.subject) == (kind, subject)


def test_the_subject_is_the_one_named_nearest_the_figure_and_a_project_only_when_nothing_else_is():
    text = "The lender set aside $900 million for lending over three years and $2 million for technical assistance."
    assert [m.subject for m in extract_money(text)] == ["loan", "aid"]
    assert _one("Seoul will provide $60 million for the hospital project.").subject == "project"
    assert _one("They offered concessional financing of up to $400 million for projects.").subject == "loan"
