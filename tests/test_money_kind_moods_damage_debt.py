"""Kind of money not yet pledged (expected, asked for or under study), of trade a forecast no one makes puts at a
figure, of damage an estimate puts at a figure and of a debt stock. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The development bank expects to lend roughly $4 billion to the region over the next two years.", "en"),
        ("The ministry expects private donors to contribute up to $300 million to the rebuilding fund.", "en"),
        ("Turkish contractors are expected to sign deals worth $900 million during the visit.", "en"),
        ("Gulf investors were looking at investments of about $2 billion in the country's ports.", "en"),
        ("Nairobi has asked Seoul to invest $600 million in two industrial parks.", "en"),
        ("El organismo prevé aprobar unos 3.000 millones de dólares en préstamos este año.", "es"),
        ("O banco prevê desembolsar cerca de US$ 2 bilhões no próximo ano.", "pt"),
        ("La banque prévoit d'approuver environ 2 milliards de dollars de prêts cette année.", "fr"),
    ],
)
def test_money_expected_or_asked_for_is_a_plan(text, language):
    assert _kinds(text, language) == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "The two oil firms are expected to finalise a $1.4 billion joint venture next month.",
        "Brazil plans to invest $2 billion in the new terminal.",
        "The two governments are likely to invest between $10 billion and $12 billion in the corridor.",
    ],
)
def test_one_deal_expected_or_a_plan_to_invest_stays_committed(text):
    assert _kinds(text) == ["commitment"]


def test_what_a_budget_provides_for_stays_allocated():
    text = "El presupuesto de 2024 prevé 80 millones de dólares para hospitales rurales."
    assert _kinds(text, "es") == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Asian Development Bank is considering a further $180 million loan for the tram line.", "en"),
        ("El banco estatal evalúa un crédito de 900 millones de dólares para la represa.", "es"),
        ("As duas estatais estudam um projeto conjunto de refino de cerca de US$ 500 milhões.", "pt"),
    ],
)
def test_a_loan_or_deal_under_study_is_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Two-way trade is expected to exceed $4.5 billion this year, the central bank said.",
        "The pact is expected to boost farm exports by up to $250 million a year.",
    ],
)
def test_trade_a_forecast_no_one_makes_puts_at_a_figure_is_other(text):
    assert _kinds(text) == ["other"]


def test_trade_an_actor_expects_or_aims_at_stays_a_target():
    assert _kinds("Both ministers expect trade to climb to $6 billion by 2028.") == ["target"]
    assert _kinds("The sides are expected to agree a target of $3 billion in annual trade.") == ["target"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The cyclone caused damage estimated at $800 million across the islands.", "en"),
        ("The island's government estimated the damage at about $450 million.", "en"),
        ("Recovery needs are estimated at between $2 billion and $3 billion.", "en"),
        ("Les dégâts sont estimés à 300 millions d'euros.", "fr"),
    ],
)
def test_damage_or_needs_an_estimate_puts_at_a_figure_are_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The new cabinet is struggling with a national debt of more than $90 billion.", "en"),
        ("The buyer took over the utility, assuming its debts of about $70 million.", "en"),
        ("El Gobierno negocia con sus acreedores una deuda de 2.000 millones de dólares.", "es"),
    ],
)
def test_a_debt_stock_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


def test_a_debt_forgiven_is_relief_granted():
    assert _kinds("O presidente agradeceu o perdão de uma dívida de US$ 200 milhões concedido pela China.", "pt") == [
        "commitment"
    ]
