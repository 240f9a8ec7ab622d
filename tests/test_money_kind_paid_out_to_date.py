"""Kind of money paid out before now: a payment, disbursement or outlay counted up to now ("has so far disbursed",
"had already released", "ya desembolsó") or a passive of spending or paying out right at the figure ("had already
been spent") is a figure reported (actual), dated or not; a payment still to come stays committed, and money given or
invested since a year stays committed, as the guidelines and the dev gold have it. Every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Asian Development Bank has so far disbursed about $640 million for the Dhaka metro line.", "en"),
        ("Tokyo had disbursed 12 billion yen in March to help the flood-hit provinces.", "en"),
        ("The agency said it had disbursed $48 million since January to families displaced by the cyclone.", "en"),
        ("Beijing has already disbursed $1.3 billion of the promised credit, the finance ministry said.", "en"),
        ("The EU has paid out 2.3 billion euros to Ukraine since the spring.", "en"),
        ("Kuwait's fund has so far paid out KD 90 million for schools and clinics in Sudan.", "en"),
        ("Since 2010, the bank has disbursed more than $2.4 billion to Ethiopian exporters.", "en"),
        ("Washington had already paid $310 million of its pledge by September.", "en"),
        ("Le Fonds a déjà décaissé 120 millions d'euros pour le réseau électrique.", "fr"),
        ("El banco ya desembolsó 300 millones de dólares para la carretera.", "es"),
    ],
)
def test_money_paid_out_up_to_now_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text, language",
    [
        ("For the studies, on which $35 million had already been spent, the ministry wants more time.", "en"),
        ("About Rs 900 crore has already been spent on land acquisition for the corridor.", "en"),
        ("The first payment of Rs 400 crore has already been released by the ministry.", "en"),
        ("Jusqu'ici, 30 millions de dollars ont été dépensés pour les études.", "fr"),
        ("Hasta ahora se han desembolsado 45 millones de euros del crédito.", "es"),
        ("Até agora foram gastos US$ 80 milhões na primeira fase.", "pt"),
    ],
)
def test_money_spent_or_released_in_a_passive_at_the_figure_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank will disburse $200 million for the road next year.",
        "The IMF has released a first tranche of $700 million.",
        "The first tranche of $500 million is to be disbursed in the autumn.",
        "Germany has invested more than $8 billion in Kazakhstan since 2005.",
        "Norway has provided $300 million to Malawi since 2005.",
    ],
)
def test_money_to_be_paid_or_given_since_a_year_stays_committed(text):
    assert _kinds(text) == ["commitment"]
