"""Kind of a level wished or aimed at by a year ("both sides want bilateral trade to pass $10 billion by 2028", "se
proponen superar los 2.000 millones en 2026", "is targeting annual revenue of $3 billion from the smelter by 2030"): a
target, whatever verb of reaching or noun of earnings says it; and of the level such a goal starts from ("from the
current level of about $600 million", "up from a modest $80 million recorded last year"): reported. Battery of 19
sentences written for these classes (many verbs and word orders, es/fr/pt): 13/19 before, 19/19 after. Forecasts
("officials expect remittances to rise to", "estimó que el comercio podría alcanzar") are left: writers read them
both ways. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Both sides want bilateral trade to pass $10 billion by 2028.", "en"),
        ("The two governments want two-way trade to exceed €5 billion by 2026.", "en"),
        ("The corporation is targeting annual revenue of $3 billion from the new smelter by 2030.", "en"),
        ("Kenya is targeting export earnings of Sh500 billion from tea by 2028.", "en"),
        ("The ministry aims to attract $10 billion in foreign investment by 2030.", "en"),
        ("The two countries hope to double trade to $1 billion within three years.", "en"),
        ("Seoul and Jakarta set a goal of $50 billion in trade by 2030.", "en"),
        ("Egypt seeks to raise Suez Canal revenues to $10 billion by 2025.", "en"),
        ("Ambas partes se proponen superar los 2.000 millones de dólares de intercambio en 2026.", "es"),
        ("Los dos gobiernos buscan elevar el comercio bilateral a 5.000 millones de dólares para 2027.", "es"),
        ("Les deux pays visent des échanges de 2 milliards d'euros d'ici 2027.", "fr"),
        ("Rabat et Dakar veulent porter leurs échanges à 1 milliard de dollars d'ici 2030.", "fr"),
        ("Queremos chegar a US$ 5 bilhões em comércio até 2027, disse o ministro.", "pt"),
        ("Os dois países pretendem elevar o comércio bilateral para US$ 3 bilhões até 2026.", "pt"),
    ],
)
def test_a_level_wished_or_aimed_at_by_a_year_is_a_target(text, language):
    assert _kinds(text, language) == ["target"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The leaders agreed to raise bilateral trade, which now stands at about $2 billion, to $5 billion by 2027.",
            ["actual", "target"],
        ),
        (
            "Ankara and Baku agreed to lift trade, currently a little "
            "over $4 billion, to $15 billion within five years.",
            ["actual", "target"],
        ),
        (
            "The two countries agreed to raise bilateral trade to $2 billion "
            "by 2027 from the current level of about $600 million.",
            ["target", "actual"],
        ),
        (
            "They agreed to raise trade to $500 million by 2026, up from a modest $80 million recorded last year.",
            ["target", "actual"],
        ),
        (
            "Our trade stood at only $40 million last year. We have agreed to work to raise it to $400 million.",
            ["actual", "target"],
        ),
    ],
)
def test_the_level_a_goal_starts_from_is_reported(text, kinds):
    assert _kinds(text) == kinds
