"""Kind of the value of works, of money paid out, of savings and forecast earnings, of money invested over
a past period, and of goals worded with "toward" or "top"; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The ring road, being built by a Turkish contractor at a cost of $640 million, opens in May.", "en"),
        ("The $3 billion smelter, now under construction near the coast, employs 4,000 workers.", "en"),
    ],
)
def test_the_value_of_works_is_a_commitment(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        # an estimate, or a cost still to come: neither pledged nor reported
        ("The new terminal, a project estimated at $2.2 billion, will be finished by 2029.", "en"),
        ("The dam is expected to cost about 900 million euros, the ministry said.", "en"),
        ("La primera etapa del tren costará unos 700 millones de dólares.", "es"),
    ],
)
def test_the_estimated_value_of_works_is_other(text, language):
    assert _kinds(text, language) == ["other"]


def test_a_cost_borne_by_a_named_state_is_a_loss_reported():
    assert _kinds("The sanctions have cost Ruritania more than $40 billion since 2014.") == ["actual"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Ruritania has paid about $150 million of the fee so far.", "actual"),
        ("Last year the fund disbursed $320 million to the two states.", "actual"),
        ("The bank disbursed $75 million to the utility in 2021.", "actual"),
        # undated, or to come: the sum handed over or promised
        ("The bank will disburse $75 million to the utility.", "commitment"),
        ("Under the deal, $5 billion would be paid in cash.", "commitment"),
    ],
)
def test_money_paid_out_in_a_past_period_is_reported(text, kind):
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Importers would save some $80 million a year in tariffs under the pact.", "en"),
        ("The toll road could earn the province $25 million a year.", "en"),
        ("Officials expect revenues of up to $1.2 billion over the life of the mine.", "en"),
        ("O acordo pode render até 3 bilhões de reais ao Tesouro.", "pt"),
    ],
)
def test_a_saving_or_forecast_earnings_are_other(text, language):
    assert _kinds(text, language) == ["other"]


def test_a_forecast_gain_of_trade_stays_a_goal():
    assert _kinds("The corridor could earn $2 billion in exports a year.") == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Gulf firms have invested over $900 million in the island's hotels since 2008.",
        "The group has invested about $250 million in the plant in the past five years.",
    ],
)
def test_money_invested_over_a_past_period_is_a_commitment(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The ministers agreed to push two-way trade toward $3 billion by 2027.", "en"),
        ("Both governments expect exports to top $500 million by 2026.", "en"),
        ("« Nous visons 4 milliards de dollars d'échanges », a déclaré le ministre.", "fr"),
    ],
)
def test_goals_worded_with_toward_top_or_visons(text, language):
    assert _kinds(text, language) == ["target"]


def test_a_level_reached_in_a_past_year_is_reported():
    assert _kinds("He noted that bilateral trade kept growing, reaching $1.7 billion in 2019.") == ["actual"]


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("Kingston secured a J$1.2 billion grant for schools.", "en", "JMD"),
        ("Georgetown will spend G$2.5 billion on the road.", "en", "GYD"),
        ("Port-au-Prince a reçu 7,5 milliards de gourdes pour les routes.", "fr", "HTG"),
        ("Riyad a accordé 100 millions de riyals à Alger pour des puits.", "fr", "SAR"),
        ("New Delhi a commandé des avions pour environ 63 000 crores de roupies indiennes.", "fr", "INR"),
    ],
)
def test_dollars_of_the_caribbean_gourdes_riyals_and_crores_in_french(text, language, currency):
    assert [m.currency for m in extract_money(text, language=language)] == [currency]
