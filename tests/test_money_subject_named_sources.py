"""Money whose source a word names beside what it pays for: every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hanoi and Tokyo exchanged notes on five ODA projects worth 64 billion yen.", "aid"),
        ("The envoy signed two grant aid projects valued at 1.2 billion yen for rural clinics.", "aid"),
        ("Over a decade the bank financed nine loan projects worth $750 million in Laos.", "loan"),
        ("Delegates signed six investment projects worth $1.8 billion at the Tashkent forum.", "investment"),
    ],
)
def test_works_a_source_names_are_that_source(text, subject):
    assert _subjects(text)[0] == subject


def test_works_valued_without_a_source_stay_the_project():
    assert _subjects("Officials signed six road projects worth $1.8 billion at the forum.")[0] == "project"


@pytest.mark.parametrize(
    ("text", "subject", "language"),
    [
        (
            "The U.S. Agency for International Development (USAID) had disbursed $48 million by May to help Peru.",
            "aid",
            "en",
        ),
        ("The IMF disbursed $820 million to Sri Lanka in March.", "loan", "en"),
        ("La Agencia Francesa de Desarrollo (AFD) desembolsó 30 millones de euros a Haití en junio.", "aid", "es"),
    ],
)
def test_who_disburses_says_what_the_money_is(text, subject, language):
    assert _subjects(text, language)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zambia is carrying out the $1.3 billion programme approved by the International Monetary Fund in 2022.",
            "loan",
        ),
        ("Benin will receive a $75 million package approved by the World Bank board on Friday.", "loan"),
    ],
)
def test_a_giver_named_after_the_noun_the_figure_measures(text, subject):
    assert _subjects(text)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Seoul will channel aid and $2 billion in private investment into Ghana.",
            "investment",
        ),
        ("Tokyo pledged aid and $600 million of concessional loans to Sri Lanka.", "loan"),
        ("The lender approved $4 billion in loans and grants for the Sahel last year.", "aid"),
    ],
)
def test_the_source_a_phrase_after_the_figure_ends_on(text, subject):
    assert _subjects(text)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The port, with a total cost of $640 million, is co-financed with the Asian Development Bank, which"
            " approved $250 million in April, while the government will cover the rest.",
            "loan",
        ),
        (
            "Since Malawi joined the Bank in 1974, AfDB's cumulative approvals to it have passed US$ 1.4 billion.",
            "loan",
        ),
        (
            "The loan is the third of a series. The country was approved $90 million in 2019 under the first one.",
            "loan",
        ),
    ],
)
def test_a_lender_that_approves_or_whose_approvals_add_up_lends(text, subject):
    assert _subjects(text)[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject", "language"),
    [
        (
            "La Banque africaine a accordé un prêt de 200 millions d'euros au Mali. M. Dupont a rappelé que l'UE"
            " avait déjà consacré 40 millions d'euros à l'eau potable au Niger l'an passé.",
            "aid",
            "fr",
        ),
        (
            "The loan was signed on Monday. Canada's Department for International Development will spend"
            " C$300 million in Haiti over five years.",
            "aid",
            "en",
        ),
        ("The company will spend $300 million on a new plant in Ohio.", "investment", "en"),
    ],
)
def test_what_an_aid_body_devotes_or_spends_is_aid(text, subject, language):
    assert _subjects(text, language)[-1] == subject


def test_works_worth_an_estimated_figure_are_the_project():
    text = "The two oil firms will form a joint venture to drill in the basin, a project worth an estimated $4 billion."
    assert _subjects(text) == ["project"]


@pytest.mark.parametrize(
    ("text", "subject", "language"),
    [
        ("Officials said the trade pact could add $9 billion to the Peruvian economy by 2032.", "other", "en"),
        ("El tratado comercial podría sumar US$ 1.500 millones al PIB de Uruguay.", "other", "es"),
        ("Beijing will invest $3 billion into the Zambian economy.", "investment", "en"),
    ],
)
def test_a_sum_added_to_an_economy_is_output(text, subject, language):
    assert _subjects(text, language)[0] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The envoy announced a $20 million grant. The minister welcomed the grant and said the federal"
            " government had budgeted N90 billion for primary schools in 2010.",
            "other",
        ),
        (
            "The relief effort goes on. The 2021 budget had set aside only 400 million gourdes for civil protection.",
            "other",
        ),
        (
            "The Colombian government had set aside 2 trillion pesos in the 2013 budget for reconstruction"
            " after the quake.",
            "project",
        ),
        (
            "The Paraguayan government, which has budgeted PYG 90 billion for the works in 2019, signed the deal.",
            "project",
        ),
        ("The government has set aside N50 billion for loans to small businesses.", "loan"),
    ],
)
def test_what_a_budget_sets_aside_at_home(text, subject):
    assert _subjects(text)[-1] == subject


@pytest.mark.parametrize(
    ("text", "subject", "language"),
    [
        (
            "A $300 million loan will help the ministry rebuild after the floods of 2015, which caused damage"
            " estimated at $2.1 billion.",
            "other",
            "en",
        ),
        (
            "Un préstamo del BID de US$ 200 millones financiará la reconstrucción tras el sismo, que causó daños"
            " por US$ 900 millones.",
            "other",
            "es",
        ),
    ],
)
def test_damage_a_disaster_caused_is_no_loan(text, subject, language):
    assert _subjects(text, language)[-1] == subject


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Japan is the second largest investor in Cambodia, with 300 projects worth a combined $2.4 billion.",
            "en",
        ),
        ("He noted that Thai investors had registered projects worth over $900 million in the first half.", "en"),
        ("Los inversores chinos registraron proyectos valorados en US$ 3.000 millones.", "es"),
    ],
)
def test_works_investors_hold_are_their_investment(text, language):
    assert _subjects(text, language)[0] == "investment"


def test_a_condition_after_the_figure_says_not_what_it_is():
    text = "The governor said reserves would climb to about $30 billion once the IMF money arrives."
    assert _subjects(text) == ["other"]


def test_a_counterpart_a_value_word_puts_at_is_the_project():
    text = (
        "MANILA, Philippines - Japan approved a loan for the Cebu rail line. The peso equivalent of the loan is about"
        " P5 billion, and the government counterpart for the project is estimated at P900 million."
    )
    assert _subjects(text) == ["loan", "project"]


def test_the_noun_whose_level_a_verb_of_reaching_gives():
    text = (
        "He said Korea's investment in Southeast Asia would reach $40 billion in ten years and that trade with"
        " the region could reach $200 billion."
    )
    assert _subjects(text) == ["investment", "trade"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The administration's fiscal 2009 budget request includes $120 million for solar research at the Energy"
            " Department.",
            "other",
        ),
        ("The Kenyan government has allocated Sh5 billion to the Lamu Port Project.", "project"),
    ],
)
def test_a_body_named_after_a_budget_purpose_names_no_works(text, subject):
    assert _subjects(text) == [subject]


def test_a_cost_per_worker_is_a_price():
    text = "The hiring cost must not go above RM12,000 per worker, the minister said."
    assert [(m.kind, m.subject) for m in extract_money(text)] == [("other", "other")]


def test_financing_lenders_sign_for_works_is_lent():
    text = (
        "On the sidelines, the Asian Development Bank and the World Bank signed a $2 billion co-financing framework"
        " for road and rail projects."
    )
    assert _subjects(text) == ["loan"]


def test_the_base_of_a_comparison_is_of_what_its_figure_is_of():
    text = "Exports to China reached $5 billion in 2023, up from $4 billion before the investment treaty."
    assert _subjects(text) == ["trade", "trade"]
