"""Kind of a value an estimate puts on works, or of their cost still to come: neither money pledged, granted,
lent, invested or contracted nor a figure reported, so other; the worth of works or of a deal and a side's
share of works stay committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The ministry said the total cost of the new bridge is estimated at $900 million.", "en"),
        ("The two states agreed to build a refinery on the coast, a project estimated at $3 billion.", "en"),
        ("The tunnel will cost about $2.1 billion and may be financed by regional lenders, officials said.", "en"),
        ("The railway, with an estimated total cost of $1.4 billion, is co-financed by two development banks.", "en"),
        ("Engineers put the cost of the second runway at $650 million.", "en"),
        ("El costo total de la represa se estima en 1.200 millones de dólares, según el ministerio.", "es"),
        ("La autopista, cuyo costo estimado es de 800 millones de dólares, unirá las dos capitales.", "es"),
        ("Le pont coûtera environ 300 millions d'euros, selon le ministère.", "fr"),
        ("Le coût de la centrale est estimé à 2 milliards de dollars.", "fr"),
        ("O custo da ponte é estimado em R$ 2 bilhões, disse o ministro.", "pt"),
        ("A nova ferrovia, com custo estimado em US$ 3 bilhões, ligará o porto à capital.", "pt"),
    ],
)
def test_an_estimated_or_future_cost_of_works_is_other(text, language):
    assert _kinds(text, language) == [("other", "project")]


@pytest.mark.parametrize(
    "text, language, kind",
    [
        # the worth of works, a deal valued, a side's share and works to be built at a cost stay committed
        ("The plant was valued at $4 billion.", "en", "commitment"),
        ("The firms will build a smelter together, a project worth an estimated $2 billion.", "en", "commitment"),
        ("The government counterpart for the project is estimated at $40 million.", "en", "commitment"),
        ("The new port will be built at a cost of $700 million.", "en", "commitment"),
        ("The gas link, whose construction cost some $1.9 billion, opened in 2016.", "en", "commitment"),
    ],
)
def test_worth_shares_and_costs_spent_stay_committed(text, language, kind):
    assert [k for k, _ in _kinds(text, language)] == [kind]
