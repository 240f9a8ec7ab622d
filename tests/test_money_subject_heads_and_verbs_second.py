"""A second batch of sentences, written after the rules, for the classes of
`test_money_subject_heads_and_verbs.py`: budget support, parts of works valued, goods supplied or bought, counterpart
shares, earnings a verb reports, list items, what is built, bills owed for imports, figures naming works, money
invested in works, Spanish lending verbs, debt restructured or exchanged; every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("language", "text", "index", "subject"),
    [
        (
            "en",
            "The Inter-American Development Bank disbursed budget support worth $350 million to Borduria in March.",
            0,
            "loan",
        ),
        (
            "en",
            "The IMF and the World Bank together approved $1.2 billion in budgetary support for the island.",
            0,
            "loan",
        ),
        ("es", "El Banco Mundial aprobó un apoyo presupuestario de 250 millones de dólares para Paraguay.", 0, "loan"),
        ("en", "The EU will give €80 million in budget support to Ruritania's health ministry.", 0, "aid"),
        ("en", "The third stage, estimated at $2.1 billion, will carry the line to the coast.", 0, "project"),
        ("en", "The stretch between the two cities, 140 km long, is valued at about $700 million.", 0, "project"),
        ("pt", "O segundo trecho, estimado em 300 milhões de dólares, deve ficar pronto em 2027.", 0, "project"),
        ("fr", "Le premier tronçon, estimé à 150 millions d'euros, sera lancé l'an prochain.", 0, "project"),
        (
            "en",
            "Last year the kingdom supplied crude worth $4 billion to the refinery operator in Borduria.",
            0,
            "trade",
        ),
        ("en", "The utility bought Bordurian electricity worth $120 million in 2024.", 0, "trade"),
        ("en", "Ruritania's counterpart funding of $18 million will come from the national budget.", 0, "project"),
        ("pt", "A contrapartida do governo, de 40 milhões de reais, consta do orçamento.", 0, "project"),
        ("en", "Tourism receipts climbed to $3.5 billion last year, the central bank said.", 0, "other"),
        ("en", "Despite a new IMF loan, the port's revenues dropped to $800 million in 2024.", -1, "other"),
        (
            "en",
            "The grants cover three schemes: the Lakeside School Scheme ($4 million); the Rural Clinic Scheme "
            "($6 million); and the Well Scheme ($2 million).",
            None,
            "aid",
        ),
        (
            "en",
            "The bridge, which a Chinese contractor built in three years, cost Ruritania $450 million to finish.",
            0,
            "project",
        ),
        ("en", "The consortium will construct the new berths under a contract worth €300 million.", 0, "project"),
        ("en", "The ministry ordered 24 helicopters built by a European maker in a $1.1 billion contract.", 0, "other"),
        ("en", "Borduria still owes Ruritanian suppliers $700 million for electricity imports.", 0, "other"),
        (
            "en",
            "Besides a $300 million loan for schools, the visit produced an agreement for a $900 million refinery.",
            -1,
            "project",
        ),
        (
            "en",
            "After securing the credit line, the ministry tendered a $250 million water treatment plant.",
            0,
            "project",
        ),
        ("en", "The carmaker, backed by a state loan, will invest $700 million in a new plant.", 0, "investment"),
        ("fr", "Le groupe investira 200 millions d'euros dans le port de Dakar.", 0, "investment"),
        ("es", "China ha prestado a Ecuador más de 18.000 millones de dólares desde 2010.", 0, "loan"),
        ("es", "El fondo prestaba unos 50 millones de dólares al año a los exportadores.", 0, "loan"),
        ("en", "Borduria completed the restructuring of eurobonds worth $3 billion in June.", 0, "other"),
        ("fr", "Le Niger a conclu la restructuration d'obligations d'une valeur de 500 millions d'euros.", 0, "other"),
        ("en", "The government converted $1 billion of domestic bonds into longer notes.", 0, "other"),
        ("en", "Once the restructuring is done, the World Bank will lend Borduria $400 million.", 0, "loan"),
    ],
)
def test_second_batch(language, text, index, subject):
    """`index` picks the figure to check; None checks them all."""
    found = [m.subject for m in extract_money(text, language=language)]
    checked = found if index is None else found[index : index + 1 or None]
    assert checked
    assert set(checked) == {subject}
