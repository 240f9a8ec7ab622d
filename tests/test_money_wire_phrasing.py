"""Kind, subject, currency and shape of amounts as wires, government releases and lenders phrase them; every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _rows(text: str, language: str = "en") -> list[tuple]:
    return [(m.amount, m.currency, m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, kind, subject",
    [
        # multilateral lenders: tranches, disbursements, facilities, staff-level agreements
        (
            "The Fund's board completed the review, allowing an immediate disbursement of about $700 million.",
            "commitment",
            "loan",
        ),
        ("Sri Lanka reached a staff-level agreement with the IMF on a $2.9 billion bailout.", "commitment", "loan"),
        ("Islamabad secured a $3 billion standby arrangement from the IMF last summer.", "commitment", "loan"),
        ("The second tranche of $500 million will be disbursed in March.", "commitment", "loan"),
        ("The bank said the tranche of $250 million was for a power plant.", "commitment", "loan"),
        ("The IMF board approved the release of $1.1 billion to Cairo.", "commitment", "loan"),
        ("The talks unlock $1.2 billion from the Extended Fund Facility.", "commitment", "loan"),
        ("China opened a $2 billion credit line for the power grid of Tajikistan.", "commitment", "loan"),
        ("The government borrowed $1 billion from commercial banks.", "commitment", "loan"),
        ("Riyadh agreed to defer a $900 million payment for oil imports by a year.", "commitment", "loan"),
        (
            "Tokyo agreed to extend three loans in official development assistance worth 90 billion yen.",
            "commitment",
            "loan",
        ),
        # aid: donors, refugees, budget support; ODA alone is aid
        ("Donors pledged more than $9 billion at the reconstruction conference in Geneva.", "commitment", "aid"),
        ("Germany will provide 25 million euros for refugees in the region.", "commitment", "aid"),
        ("The package includes $40 million in budget support.", "commitment", "aid"),
        ("Tokyo committed 100 billion yen in official development assistance.", "commitment", "aid"),
        # figures of none of the subjects: swaps, reserves
        (
            "Beijing renewed its 30 billion yuan bilateral currency swap with Islamabad to support trade.",
            "commitment",
            "other",
        ),
        ("Foreign exchange reserves fell to $8 billion in May.", "actual", "other"),
        # a verb that reports the figure makes it actual, whatever the noun
        ("Foreign direct investment reached $2.3 billion last year.", "actual", "investment"),
        # ... but the reported total of money given, lent or pledged stays a commitment
        ("Total development aid to the islands has reached a high of $1.1 billion.", "commitment", "aid"),
        ("The bank's loans to the islands, totalling more than $900 million, built the port.", "commitment", "loan"),
        ("Pledges to the relief fund now exceed $700 million, the agency said.", "commitment", "aid"),
        ("After the loan was signed, exports to the islands reached $2 billion.", "actual", "trade"),
        # goals reached by modal verbs and through a noun phrase
        ("Seoul aims to attract $10 billion in investment.", "target", "investment"),
        ("The leaders set the task of achieving a trade turnover of $800 million.", "target", "trade"),
        # commitment verbs of budgets and lenders
        ("The Kenyan government set aside KSh4bn for the programme.", "commitment", "other"),
        ("Dubai earmarked Dh2 billion for housing.", "commitment", "other"),
        ("Canberra will commit $50 million over four years to the islands.", "commitment", "other"),
        # a project gives way to the source of its money named in the sentence
        (
            "This latest tranche included $500 million for the thermal power plant and $800 million for the metro "
            "project.",
            "commitment",
            "loan",
        ),
        # the value of works named before them is committed, as "projects worth" are
        ("Construction of the $4.5 billion dam began in May.", "commitment", "project"),
        ("Kenya allocated Ksh 5.2 billion to the road project.", "commitment", "project"),
    ],
)
def test_kind_and_subject_of_lenders_donors_and_reported_figures(text, kind, subject):
    found = extract_money(text)
    assert found and all((m.kind, m.subject) == (kind, subject) for m in found), found


def test_a_goal_after_a_current_figure_is_reached_by_a_modal_verb():
    now, goal = extract_money("Trade between them, now at $3 billion a year, should reach $20 billion by 2030.")
    assert (now.kind, goal.kind, goal.year) == ("actual", "target", 2030)


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose to $85 a barrel.",
        "Wheat sold at $310/tonne.",
        "The ministers lowered the price cap from $60 per barrel to about $47.6.",
        "The company priced its shares at $12.",
    ],
)
def test_a_price_is_other_whatever_the_sentence_says_of_trade(text):
    assert all((m.kind, m.subject) == ("other", "other") for m in extract_money(text)), extract_money(text)


def test_a_figure_without_a_currency_shares_the_next_figures():
    rows = _rows("We agreed to raise trade to 5 billion and then 10 billion US dollars.")
    assert rows == [(5e9, "USD", "target", "trade"), (10e9, "USD", "target", "trade")]
    (joined,) = extract_money("It will cost 5 billion to 8 billion dollars.")
    assert (joined.amount, joined.amount_max, joined.currency) == (5e9, 8e9, "USD")
    # a unit other than money between them, or a currency before the next figure, shares nothing
    assert _rows("It has 2 million tonnes and 3 billion dollars.") == [(3e9, "USD", "other", "other")]
    assert [r[0] for r in _rows("They pledged 5 billion and $10 billion.")] == [10e9]


def test_a_range_in_words_is_a_range_and_a_half_still_adds():
    (found,) = extract_money("It is worth between three and five billion dollars.")
    assert (found.amount, found.amount_max) == (3e9, 5e9)
    (found,) = extract_money("It is worth two and a half billion dollars.")
    assert (found.amount, found.amount_max) == (2.5e9, None)


@pytest.mark.parametrize(
    "text, language, kind, subject",
    [
        ("Le FMI a débloqué une tranche de 500 millions de dollars.", "fr", "commitment", "loan"),
        (
            "La banque a manifesté son intérêt pour financer la ligne à hauteur de 2 milliards de dollars.",
            "fr",
            "commitment",
            "loan",
        ),
        # a cost is the value of works: committed
        ("Le coût de la première phase s'élève à 3 milliards de dollars.", "fr", "commitment", "project"),
        ("Les deux pays visent des échanges de 5 milliards de dollars d'ici 2030.", "fr", "target", "trade"),
        # money a past verb of disbursing hands over is reported (test_money_kind_paid_out_reported.py)
        ("El FMI desembolsó 800 millones de dólares.", "es", "actual", "loan"),
        ("Entre 2 y 3 millones de euros serán destinados a la reconstrucción.", "es", "commitment", "other"),
        ("O comércio bilateral somou US$ 3,4 bilhões no ano passado.", "pt", "actual", "trade"),
    ],
)
def test_kind_and_subject_in_spanish_french_and_portuguese(text, language, kind, subject):
    (found,) = extract_money(text, language=language)
    assert (found.kind, found.subject) == (kind, subject)


@pytest.mark.parametrize(
    "text, language, amount, currency",
    [
        ("Senegal will receive 100 billion FCFA from the fund.", "en", 100e9, "XOF"),
        ("Cameroon signed a deal worth 20 billion CFA francs.", "en", 20e9, "XAF"),
        ("Dakar a obtenu un prêt de 50 milliards de F CFA.", "fr", 50e9, "XOF"),
        ("It is worth 2 billion Central African CFA francs.", "en", 2e9, "XAF"),
        ("China lent 5 billion RMB to the port authority.", "en", 5e9, "CNY"),
        ("Uzbekistan received a loan of 500 billion soums.", "en", 500e9, "UZS"),
        ("Bhutan received Nu 4.5 billion from India.", "en", 4.5e9, "BTN"),
        ("Kampala raised 2 billion Ugandan shillings.", "en", 2e9, "UGX"),
        ("Dodoma raised 2 billion Tanzanian shillings.", "en", 2e9, "TZS"),
        ("Kigali raised 2 billion Rwandan francs.", "en", 2e9, "RWF"),
        ("Port Louis raised 2 billion Mauritian rupees.", "en", 2e9, "MUR"),
        ("Chisinau raised 2 billion Moldovan lei.", "en", 2e9, "MDL"),
        ("Luanda raised 2 billion kwanzas.", "en", 2e9, "AOA"),
        ("Maputo raised 2 billion meticais.", "en", 2e9, "MZN"),
        ("Prague raised 2 billion Czech crowns.", "en", 2e9, "CZK"),
        ("Cuesta 2.000 millones de pesos mexicanos.", "es", 2e9, "MXN"),
        ("Coûte 2 milliards de dinars algériens.", "fr", 2e9, "DZD"),
        ("Coûte 2 milliards de francs suisses.", "fr", 2e9, "CHF"),
        ("Custa 2 bilhões de yuans.", "pt", 2e9, "CNY"),
        ("O contrato vale R$ 2,5 bi.", "pt", 2.5e9, "BRL"),
        ("O contrato vale US$ 300 mi.", "pt", 300e6, "USD"),
        ("Le contrat vaut 500 M€.", "fr", 500e6, "EUR"),
    ],
)
def test_more_local_currencies_and_abbreviated_scales(text, language, amount, currency):
    (found,) = extract_money(text, language=language)
    assert (found.amount, found.currency) == (amount, currency)


def test_a_token_that_starts_with_a_letter_is_not_read_inside_a_word():
    # the last letter of an unknown code is not the rand's "R"; "MVR" before a figure is the rufiyaa
    assert extract_money("It is worth QVR 2 billion.") == []
    assert [m.currency for m in extract_money("It is worth MVR 2 billion.")] == ["MVR"]


@pytest.mark.parametrize(
    "text, kind, subject",
    [
        ("The two presidents agreed to bring trade to $5 billion within five years.", "target", "trade"),
        ("They want to lift bilateral trade to $10 billion.", "target", "trade"),
        ("The goal is $5 billion in annual trade by 2030.", "target", "trade"),
        ("We stressed the need to boost trade to $5 billion.", "target", "trade"),
        ("The pacts bring the total aid this year to $900 million.", "commitment", "aid"),
        ("The kingdom will give $50 million in emergency relief.", "commitment", "aid"),
        ("The budget allocates $3 billion to defence.", "commitment", "other"),
        ("The government set aside Sh10 billion in the budget for the Kenyan railway.", "commitment", "project"),
        ("The UN appealed for $1.5 billion in humanitarian funding.", "target", "aid"),  # a sum to raise
        ("Pakistan needs more than $22 billion to repay external debt this year.", "other", "loan"),
        ("The country owes $13 billion to Chinese lenders.", "actual", "loan"),
        ("Kenya's debt to China stands at $6.5 billion.", "actual", "loan"),
    ],
)
def test_goals_gifts_needs_and_debts(text, kind, subject):
    (found,) = extract_money(text)
    assert (found.kind, found.subject) == (kind, subject)


def test_euro_written_before_the_figure():
    rows = _rows("Trade is worth NZ$4.8 billion (US$3.8 billion; euro2.4 billion) a year.")
    assert [(r[0], r[1]) for r in rows] == [(4.8e9, "NZD"), (3.8e9, "USD"), (2.4e9, "EUR")]


def test_a_headline_that_only_names_a_figure_takes_what_the_body_says_it_is():
    from pipelines.extract.money import extract_money

    text = (
        "Ruritania and the lender: $2.9 billion at stake\n\n"
        "The fund agreed to support the country's reforms with a 48-month loan facility of about $2.9 billion."
    )
    found = [(m.kind, m.subject) for m in extract_money(text)]
    assert found == [("commitment", "loan"), ("commitment", "loan")]
    assert [(m.kind, m.subject) for m in extract_money("The lender signed a pact for $2.9 billion.")] == [
        ("commitment", "other")
    ]


def test_a_sum_owed_is_a_reported_figure():
    from pipelines.extract.money import extract_money

    text = "Ruritania reportedly owes $5 billion in debts to its neighbour worth of gas supplies."
    assert [m.kind for m in extract_money(text)] == ["actual"]
