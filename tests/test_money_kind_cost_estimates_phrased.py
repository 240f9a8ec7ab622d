"""A cost an estimate puts on works, phrased with an approximation ("could cost as much as"), a participle
("a project costing"), an estimate of someone's ("a project officials estimate at") or a budgeted cost of works
("orçada em", "presupuestado en"): neither money pledged nor a figure reported, so other, whatever loan is to
finance it. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _first(text: str, language: str = "en") -> tuple[str, str]:
    found = extract_money(text, language=language)
    return found[0].kind, found[0].subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("Rebuilding the flooded districts could cost as much as $8 billion over a decade, the bank said.", "en"),
        ("Engineers say the desalination plant may cost upwards of $900 million.", "en"),
        ("The new terminal would cost in excess of $2 billion, according to the port authority.", "en"),
        ("The leaders reviewed the coastal highway, a project costing $2.4 billion.", "en"),
        ("They discussed the Lamu port, a project officials estimate at around $5 billion, financed by a loan.", "en"),
        ("The ministry visited the metro extension, a scheme analysts estimate at about €3 billion.", "en"),
        ("A construção da barragem, orçada em US$ 2 bilhões, deve começar em 2026.", "pt"),
        ("A Vale é responsável pela obra do terminal, orçado em R$ 4 bilhões.", "pt"),
        ("La renovación de la autopista, presupuestada en 900 millones de dólares, empezará en enero.", "es"),
    ],
)
def test_a_cost_an_estimate_puts_on_works_is_other(text, language):
    assert _first(text, language) == ("other", "project")


@pytest.mark.parametrize(
    "text",
    [
        "The two firms signed a contract worth as much as $3 billion to build the line.",
        "The port will be built at a cost of $700 million.",
    ],
)
def test_works_contracted_or_built_at_a_cost_stay_committed(text):
    assert _first(text)[0] == "commitment"
