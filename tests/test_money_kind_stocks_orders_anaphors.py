"""Kind of a goal set for "this figure", of contracts worth a combined sum, of an order won, of money appropriated,
of a level a past period states before it, of loans outstanding and of a price named in the clause before; every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Trade reached $600 million last year, and the sides agreed to increase this figure to $1 billion.",
            "en",
        ),
        (
            "El intercambio fue de 90 millones de dólares y ambos quieren elevar esta cifra a 300 millones de dólares.",
            "es",
        ),
    ],
)
def test_a_goal_set_for_this_figure_is_a_target(text, language):
    assert _kinds(text, language) == ["actual", "target"]


def test_contracts_worth_a_combined_sum_are_committed():
    text = (
        "The two yards signed contracts worth a combined $3.1 billion with the navy of Peru, the biggest arms "
        "export deal in their history."
    )
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The turbine maker won its biggest order yet in Chile, 50 machines for about $400 million.", "en"),
        ("Le constructeur a décroché une commande de 30 rames pour 600 millions d'euros.", "fr"),
    ],
)
def test_an_order_won_is_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


def test_a_level_of_a_past_period_named_before_it_is_reported():
    assert _kinds("In fiscal 2019, Japan's aid to Laos was $120 million.") == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank's outstanding loans to the country stood at $2.2 billion at the end of June.",
        "China's outstanding loans to Zambia are estimated at $6 billion.",
    ],
)
def test_loans_outstanding_are_a_stock_reported(text):
    assert _kinds(text) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Parliament appropriated $45 million for the new embassy compound.",
        "The legislature has appropriated $300 million in security assistance for the region.",
    ],
)
def test_money_appropriated_is_committed(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Moscow will sell the guns at cost price and will allocate $90 million to refit the airbase.", "en"),
        ("Le pays vendra le gaz à prix réduit et accordera 200 millions d'euros au réseau.", "fr"),
    ],
)
def test_a_price_word_in_a_clause_before_the_verb_of_the_figure_is_no_price(text, language):
    assert _kinds(text, language) == ["commitment"]


def test_a_price_stays_a_price():
    assert _kinds("Brent crude prices rose to $85 on Monday.") == ["other"]
