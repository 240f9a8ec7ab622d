"""A firm or a government that plans to invest a sum ("prevê investir", "prevé invertir", "prévoit d'investir")
puts money in, as "plans to invest" does in English: a commitment, not a goal; money a lender expects to approve
or lend stays a goal. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str, language: str) -> tuple[str, str]:
    found = extract_money(text, language=language)
    return found[0].kind, found[0].subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("A Galp prevê investir cerca de US$ 1 bilhão em blocos de exploração em Angola.", "pt"),
        ("A mineradora planeja investir US$ 800 milhões na nova fábrica.", "pt"),
        ("Repsol prevé invertir 1.000 millones de dólares en Bolivia hasta 2027.", "es"),
        ("La petrolera prevé invertir unos 600 millones de dólares en Ecuador este año.", "es"),
        ("TotalEnergies prévoit d'investir 2 milliards de dollars au Mozambique.", "fr"),
    ],
)
def test_a_plan_to_invest_is_a_commitment(text, language):
    assert _first(text, language) == ("commitment", "investment")


def test_money_a_lender_expects_to_approve_stays_a_goal():
    text = "El banco prevé aprobar unos 2.000 millones de dólares en créditos este año."
    assert _first(text, "es")[0] == "target"
