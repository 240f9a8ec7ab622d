"""Bare sums that share the currency of the sum before them, and bare signs beside a sign qualified in passing.
Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _money(text: str, language: str = "en"):
    return [(m.text, m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, bare",
    [
        # a part of the sum before ("of which", "dont", "de los cuales", "dos quais"), named bare
        (
            "The fund lent Ghana $1.3 billion, of which 500 million was paid out in 2020.",
            "en",
            ("500 million", 5e8, "USD"),
        ),
        (
            "Le Bénin a reçu 1,3 milliard de dollars de la Banque, dont 500 millions pour les routes.",
            "fr",
            ("500 millions", 5e8, "USD"),
        ),
        (
            "Uruguay, el presupuesto llega a 90,5 billones de pesos, de los cuales 3,1 billones van a salud.",
            "es",
            ("3,1 billones", 3.1e12, "UYU"),
        ),
        (
            "O fundo aprovou 4,7 mil milhões de dólares, dos quais 3 mil milhões serão desembolsados já.",
            "pt",
            ("3 mil milhões", 3e9, "USD"),
        ),
        # in a language that puts "de" before what a scale counts, a longer word after the bare sum ends it
        (
            "El acuerdo incluye 640 millones de euros en créditos, frente a los 410 millones concedidos antes.",
            "es",
            ("410 millones", 4.1e8, "EUR"),
        ),
        (
            "Los intercambios superaron los 7.200 millones de euros y la meta es llegar a 9.000 millones antes de 2030",
            "es",
            ("9.000 millones", 9e9, "EUR"),
        ),
        (
            "Les échanges ont atteint 2,4 milliards d'euros, et Paris veut les porter à 3 milliards durant ce mandat.",
            "fr",
            ("3 milliards", 3e9, "EUR"),
        ),
    ],
)
def test_a_bare_part_or_repeat_of_a_sum_shares_its_currency(text, language, bare):
    assert bare in _money(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Bénin a reçu 1,3 milliard de dollars, dont 500 millions d'habitants ne voient rien.", "fr"),
        ("El plan costó 500 millones de dólares, frente a 2 millones de personas atendidas.", "es"),
        ("The fund lent Ghana $1.3 billion, of which 2 million farmers saw a share.", "en"),
    ],
)
def test_a_bare_figure_that_counts_something_else_stays_out(text, language):
    assert len(_money(text, language)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a lender's loan to Fiji co-financed by a state named once
        "The bank approved a $50 million loan to Fiji, co-financed with A$40 million from Australia. Fiji's finance "
        "minister thanked the bank, and Fiji will repay over 25 years.",
        "Kiribati will receive $12 million for its seawall, with NZ$5 million from New Zealand. Kiribati's "
        "president and Kiribati officials welcomed it.",
    ],
)
def test_a_bare_dollar_beside_a_sign_qualified_in_passing_stays_american(text):
    assert _money(text)[0][2] == "USD"


def test_english_press_writes_no_bare_dollar_for_the_mexican_peso():
    text = (
        "Washington will send $300 million in equipment to Mexico. Mexico has raised its own budget to Mex$90 "
        "billion, Mexican officials said, and Mexico City wants more."
    )
    assert [m[2] for m in _money(text)] == ["USD", "MXN"]
