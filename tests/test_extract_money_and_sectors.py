"""Monetary amounts and sectors, on sentences written for these tests."""

import pytest

from pipelines.extract.money import extract_money
from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text, amount, amount_max, currency",
    [
        ("worth $5 billion", 5e9, None, "USD"),
        ("worth US$ 5 billion", 5e9, None, "USD"),
        ("worth USD 2 billion", 2e9, None, "USD"),
        ("worth USD34.6 million", 34.6e6, None, "USD"),
        ("worth $2bn", 2e9, None, "USD"),
        ("worth $ 28.65 million", 28.65e6, None, "USD"),
        ("worth 550 mln dollars", 550e6, None, "USD"),
        ("in Pakistan worth Rs 10 billion", 10e9, None, "PKR"),
        ("in Pakistan worth PKR 3.5 trillion", 3.5e12, None, "PKR"),
        ("in Pakistan worth Rs 1.2tr", 1.2e12, None, "PKR"),
        ("in Pakistan worth Rs16,189-crore", 161.89e9, None, "PKR"),
        ("in Pakistan worth 5,000 million rupees", 5e9, None, "PKR"),
        ("worth €129 million", 129e6, None, "EUR"),
        ("worth £1.2 billion", 1.2e9, None, "GBP"),
        ("worth yen 2,370 million", 2.37e9, None, "JPY"),
        ("worth 20 billion yuan", 20e9, None, "CNY"),
        ("worth 304 billion Saudi riyals", 304e9, None, "SAR"),
        ("worth AED1.5 billion", 1.5e9, None, "AED"),
        ("worth RM2.65 billion", 2.65e9, None, "MYR"),
        ("worth five billion dollars", 5e9, None, "USD"),
        ("a USD one billion loan", 1e9, None, "USD"),
        ("worth $20-25 billion", 20e9, 25e9, "USD"),
        ("between $3 billion and $5 billion", 3e9, 5e9, "USD"),
    ],
)
def test_amounts_are_normalised(text, amount, amount_max, currency):
    (found,) = extract_money(text)
    assert (found.amount, found.amount_max, found.currency) == (amount, amount_max, currency)
    assert text[found.char_start : found.char_end] == found.text


def test_rupees_follow_the_articles_country():
    (found,) = extract_money("India and Nepal signed a deal worth Rs 500 crore in New Delhi, India said.")
    assert found.currency == "INR"


@pytest.mark.parametrize(
    "text",
    [
        "The plant will produce 1,200 megawatts.",
        "The country has 240 million people.",
        "Exports rose 12 percent to 3 million tonnes.",
    ],
)
def test_numbers_that_are_not_money_stay_out(text):
    assert extract_money(text) == []


@pytest.mark.parametrize(
    "text, kind, subject, year",
    [
        ("Both sides agreed to boost bilateral trade to $5 billion by 2030.", "target", "trade", 2030),
        ("The current trade volume of $804 million is low.", "actual", "trade", None),
        ("Beijing gave a $3 billion loan to Islamabad.", "commitment", "loan", None),
        ("They signed an investment agreement worth $2 billion.", "commitment", "investment", None),
        ("Japan provided a grant of $5.4 million for the hospital.", "commitment", "aid", None),
        # a forecast no one is named as making is no goal, aim, plan or promise (the spec's target)
        ("Bilateral trade is expected to cross $5 billion in 2026.", "other", "trade", None),
        ("The ministers aim to reach $3 billion in trade by 2028.", "target", "trade", 2028),
        ("Officials expect trade to cross $5 billion soon, against $1.4 billion in 2023.", "target", "trade", None),
        ("Two firms will set up a $150 million joint venture to assemble buses.", "commitment", "investment", None),
        ("The countries aimed at $5 billion in trade.", "target", "trade", None),
        ("Pakistan, Turkey Agree To Boost Trade To $5 Billion By 2025", "target", "trade", 2025),
        ("They signed 15 memoranda worth around $3 billion in trade and energy.", "commitment", "trade", None),
        ("It exported goods worth 2.4 billion tenge to Pakistan.", "actual", "trade", None),
        # a body's name says what it does, not what the figure is; a loan under study is not pledged yet
        (
            "The Asian Infrastructure Investment Bank is considering financing of $2 billion.",
            "other",
            "loan",
            None,
        ),
    ],
)
def test_kind_subject_and_target_year(text, kind, subject, year):
    found = extract_money(text)[0]
    assert (found.kind, found.subject, found.year) == (kind, subject, year)


def test_the_starting_figure_of_a_goal_is_not_the_goal():
    start, goal = extract_money("They plan to raise trade from the current $180 million to $1 billion by 2027.")
    assert (start.kind, goal.kind, goal.year) == ("actual", "target", 2027)


def test_a_bracketed_conversion_is_its_own_row_classified_like_its_source():
    first, second = extract_money("Two-way trade totalled 304 billion Saudi riyals ($80 billion) in 2021.")
    assert (second.currency, second.amount) == ("USD", 80e9)
    assert (second.kind, second.subject) == (first.kind, first.subject) == ("actual", "trade")


def test_sectors_of_cooperation_with_evidence_and_counts():
    text = (
        "Pakistan and Turkiye agreed to boost cooperation in defence and trade. "
        "Trade volume will double. Defence industry cooperation was also discussed."
    )
    hits = {h.sector: h for h in extract_sectors(text)}
    assert set(hits) == {"defence", "trade"}  # the defence industry is defence (spec)
    assert (hits["trade"].mentions, hits["defence"].mentions) == (2, 2)
    assert text[hits["trade"].char_start : hits["trade"].char_end] == hits["trade"].text


def test_a_keyword_in_passing_is_not_a_sector():
    assert extract_sectors("He recalled his last touristic trip with a smile.") == []


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("The minister praised the institute for its cultural programmes.", {"culture"}),
        ("Turkish contractors built the motorway in the 1990s.", {"infrastructure", "transport"}),
    ],
)
def test_programmes_and_works_built_are_activity(text, sectors):
    assert {h.sector for h in extract_sectors(text)} == sectors


@pytest.mark.parametrize(
    "text",
    [
        "The delegation thanked its hosts for the warm hospitality during the visit.",
        "Officials launched an investigation after the visit.",
        "Both sides called the talks fruitful and agreed to meet again.",
        "Exchanges between the two sides have grown dramatically.",
        "The officers trained together and signed a joint statement.",
    ],
)
def test_a_word_that_only_starts_like_a_cue_is_not_a_sector(text):
    assert extract_sectors(text) == []


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("Speaking at the Pakistan-Turkiye Business Forum, he welcomed the guests.", {"trade"}),
        ("He said Pakistan wanted to buy four more corvettes.", {"defence"}),
        ("The two countries had set a trade target of $5bn.", {"trade"}),
        ("A Turkish automaker will set up a plant in Punjab.", {"industry"}),
    ],
)
def test_named_forums_purchases_targets_and_makers_are_activity(text, sectors):
    assert {h.sector for h in extract_sectors(text)} == sectors


def test_food_security_is_agriculture_not_security():
    hits = {h.sector for h in extract_sectors("Both sides agreed to cooperate on food security.")}
    assert hits == {"agriculture"}


def test_maritime_security_is_security_not_transport():
    assert {h.sector for h in extract_sectors("The ships will strengthen maritime security.")} == {"security"}


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("They agreed to link their agricultural research institutes.", {"agriculture"}),
        ("The envoys discussed the monetary aid sent by their neighbours.", {"humanitarian"}),
    ],
)
def test_a_phrase_takes_the_sector_of_its_modifier_or_head(text, sectors):
    assert {h.sector for h in extract_sectors(text)} == sectors


def test_fdi_is_investment_on_its_own():
    # foreign direct investment reports an investment flow, as "investment" itself does
    assert [h.sector for h in extract_sectors("Britain has become Kenya's largest provider of FDI.")] == ["investment"]


@pytest.mark.parametrize(
    "text, sectors",
    [
        # A capitalised cue in the name of a project or programme reports activity in its sector ...
        ("The leaders recalled the opening of the Trans-Steppe Pipeline.", {"energy"}),
        ("Seoul will fund three new Infrastructure Projects next year.", {"infrastructure"}),
        (
            "The grant covers Promotion of Digital Literacy and Extension of Health Centres.",
            {"science_technology", "health"},
        ),
        ("Both sides want an early Services Trade Agreement.", {"trade"}),
        # ... but not in the name of a body or an office, nor in any other name.
        ("The Minister for Energy met the Pipeline Authority and the Investment Promotion Agency.", set()),
        ("They met on the sidelines of the Asian Martial Arts Games.", set()),
    ],
)
def test_a_cue_in_a_project_name_counts_in_a_body_name_not(text, sectors):
    assert {h.sector for h in extract_sectors(text)} == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        # A phrase after a hyphenated prefix is still that phrase, so its words name no other sector.
        ("Both sides agreed to cooperate against the anti-palm oil campaign.", ["agriculture"]),
        ("The minister agreed to cooperate despite socio-economic security challenges.", []),
        # Goods in a trade list report trade, not cooperation in their field.
        ("Exports included medical instruments and sports goods worth $5 million.", ["trade"]),
        # A shared culture is the bond between the peoples, not cooperation in culture.
        ("Their ties, rooted in a common culture, were strengthened by trade.", ["trade"]),
        ("Rooted in a shared culture, the two nations agreed to hold cultural festivals.", ["culture"]),
        # A single cue still never starts inside a hyphenated word.
        ("They agreed that non-oil exports will increase.", ["trade"]),
    ],
)
def test_sector_phrases_inside_hyphenated_and_trade_list_wording(text, sectors):
    assert [h.sector for h in extract_sectors(text)] == sectors


def test_a_list_item_amount_takes_the_subject_of_the_sentence_it_continues():
    text = (
        "Last year Pakistan exported goods worth $80 million to Chile. "
        "The main items were rice ($20 million) and leather ($9 million)."
    )
    assert {m.text: (m.kind, m.subject) for m in extract_money(text)} == {
        "$80 million": ("actual", "trade"),
        "$20 million": ("actual", "trade"),
        "$9 million": ("actual", "trade"),
    }


def test_a_figure_with_its_own_verb_does_not_borrow_the_previous_subject():
    text = "Exports rose to $2 billion last year. Reserves have dropped from $9 billion to $7 billion."
    subjects = {m.text: m.subject for m in extract_money(text)}
    assert (subjects["$9 billion"], subjects["$7 billion"]) == ("other", "other")


def test_a_repeated_figure_is_one_fact_with_one_subject():
    text = (
        "The two countries signed an arrangement worth $400 million on Monday. "
        "Under it, Korea will provide concessional financing of up to $400 million for projects."
    )
    assert {m.subject for m in extract_money(text)} == {"loan"}


def test_a_hyphenated_pair_of_amounts_is_one_range_and_a_deposit_is_committed():
    (found,) = extract_money("Officials said the fund could hold $1bn-$2bn.")
    assert (found.amount, found.amount_max) == (1e9, 2e9)
    (found,) = extract_money("Saudi Arabia deposited $3bn with the central bank.")
    assert found.kind == "commitment"
