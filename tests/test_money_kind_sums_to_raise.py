"""Kind of a sum to raise or mobilise by a year: a goal, as the guidelines' "a goal, aim, plan or promise to reach or
raise a figure" says, whatever works or fund it is for. Every sentence here was written for these tests, with
states, works and phrasings of every region."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str, language: str = "en") -> str:
    return extract_money(text, language=language)[0].kind


@pytest.mark.parametrize(
    "text, language",
    [
        ("The government aims to raise $2 billion for the Lamu port by 2027.", "en"),
        ("Zambia hopes to mobilise $1.5 billion for the Lobito rail spur by 2026.", "en"),
        ("Dhaka wants to raise Tk 5,000 crore from green bonds by 2030.", "en"),
        ("The Pacific resilience facility seeks to mobilize US$500 million by 2028.", "en"),
        ("El gobierno busca recaudar 900 millones de dólares para el tren Maya en 2025.", "es"),
        ("Ecuador se propone movilizar 1.000 millones de dólares en bonos azules hasta 2027.", "es"),
        ("Le Sénégal veut mobiliser 500 milliards de FCFA pour le TER d'ici 2026.", "fr"),
        ("Le Maroc souhaite lever 2 milliards de dollars sur les marchés en 2025.", "fr"),
        ("Angola pretende captar 2 mil milhões de dólares para o corredor do Lobito até 2027.", "pt"),
        ("O Brasil quer arrecadar R$ 20 bilhões com leilões de portos até 2026.", "pt"),
    ],
)
def test_a_sum_to_raise_by_a_year_is_a_goal(text, language):
    assert _first(text, language) == "target"


@pytest.mark.parametrize(
    "text, language",
    [
        # raised before now, or money lent for a goal the clause sets, is no goal itself
        ("Kenya raised $1.5 billion from a Eurobond in 2024.", "en"),
        ("Le Gabon a levé 600 millions de dollars sur les marchés en 2023.", "fr"),
        ("The bank will lend Uzbekistan $300 million to raise farm output by 2027.", "en"),
    ],
)
def test_a_sum_raised_or_lent_is_no_goal(text, language):
    assert _first(text, language) != "target"
