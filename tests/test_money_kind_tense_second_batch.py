"""A second, fresh batch of sentences for the classes of kind fixed by tense and mood (a level put ahead, an
appeal, an estimate, the cost of works finished, a stock held or owed, money received over a period, Romance
deals and endowments), written after the fixes; they passed without further change. Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    "language, text, kind",
    [
        ("en", "The joint venture's registered capital will be raised to $250 million next year.", "commitment"),
        ("en", "Officials expect that two-way trade will exceed $5 billion by 2030.", "target"),
        ("en", "A third disbursement of $500 million from the IMF is expected in October.", "commitment"),
        ("en", "Exports to the bloc should top €2 billion by 2027, the minister said.", "target"),
        ("en", "Bilateral trade, which currently stands at about $3 billion, will grow under the pact.", "actual"),
        ("en", "The Red Cross has appealed for 90 million Swiss francs for flood victims.", "target"),
        ("en", "The humanitarian plan for Yemen seeks $4.3 billion this year.", "target"),
        ("es", "Las Naciones Unidas pidieron 500 millones de dólares para los refugiados.", "target"),
        ("en", "Economists estimate the agreement could lift the country's exports by $2 billion a year.", "other"),
        ("en", "The commission estimates that the new tariffs will cut imports by $800 million.", "other"),
        ("en", "The stadium, completed in 2016, cost about $700 million.", "commitment"),
        ("en", "The tunnel was built by an Italian consortium at a cost of €1.1 billion.", "commitment"),
        ("en", "The port, now under construction at a cost of $900 million, opens in 2027.", "commitment"),
        ("en", "Japanese banks hold Indonesian bonds worth some $12 billion.", "actual"),
        ("en", "The country owes bilateral creditors about $4 billion.", "actual"),
        ("en", "In 2022 Nepal received $600 million in grants.", "actual"),
        ("pt", "O negócio, avaliado em R$ 5 bilhões, inclui a compra de 40 locomotivas.", "commitment"),
        ("fr", "Le fonds, doté de 500 millions d'euros, financera des start-up.", "commitment"),
    ],
)
def test_a_second_batch_of_kinds_by_tense_and_mood(language, text, kind):
    assert [m.kind for m in extract_money(text, language=language)] == [kind]
