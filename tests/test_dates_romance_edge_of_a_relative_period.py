"""The edge of a relative year, month or week in Spanish, French and Portuguese (`finales del año pasado`, `début de
l'année prochaine`, `no início do próximo ano`, `en début d'année`, `fin du mois prochain`): the period the offset
names, before or after the unit, whole (the edge is a modifier, as `late last year` is last year); the weekend
stays the weekend. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2024, 6, 10)
LAST_YEAR, THIS_YEAR, NEXT_YEAR = (
    (date(2023, 1, 1), date(2023, 12, 31)),
    (date(2024, 1, 1), date(2024, 12, 31)),
    (
        date(2025, 1, 1),
        date(2025, 12, 31),
    ),
)
LAST_MONTH, THIS_MONTH, NEXT_MONTH = (
    (date(2024, 5, 1), date(2024, 5, 31)),
    (date(2024, 6, 1), date(2024, 6, 30)),
    (
        date(2024, 7, 1),
        date(2024, 7, 31),
    ),
)

CASES = [
    ("es", "El canciller peruano viajó a Seúl a finales del año pasado.", "finales del año pasado", LAST_YEAR),
    ("es", "Las obras del puerto de Manta comenzarán a principios del próximo año.", "principios del próximo año",
     NEXT_YEAR),
    ("es", "Bolivia y Paraguay firmarán el acuerdo a mediados del año que viene.", "mediados del año que viene",
     NEXT_YEAR),
    ("es", "La planta de litio abrirá a fines del mes que viene en Jujuy.", "fines del mes que viene", NEXT_MONTH),
    ("es", "Uruguay exportó más carne a China desde comienzos del pasado año.", "comienzos del pasado año",
     LAST_YEAR),
    ("es", "Las reservas cayeron a finales del mes pasado, informó el Banco Central de Honduras.",
     "finales del mes pasado", LAST_MONTH),
    ("fr", "L'accord de pêche avec la Mauritanie a été signé en début d'année à Nouakchott.", "début d'année",
     THIS_YEAR),
    ("fr", "Le sommet de la CEDEAO aura lieu en fin d'année à Abuja.", "fin d'année", THIS_YEAR),
    ("fr", "L'usine de Tanger a ouvert fin de l'année dernière avec des capitaux chinois.",
     "fin de l'année dernière", LAST_YEAR),
    ("fr", "Les discussions entre Kinshasa et Kigali reprendront au début de l'année prochaine.",
     "début de l'année prochaine", NEXT_YEAR),
    ("fr", "La route Dakar-Bamako sera achevée avant la fin du mois prochain.", "fin du mois prochain", NEXT_MONTH),
    ("fr", "Les ventes de cacao ivoirien ont reculé à la fin du mois dernier.", "fin du mois dernier", LAST_MONTH),
    ("pt", "A fábrica da Embraer em Évora abriu no final do ano passado.", "final do ano passado", LAST_YEAR),
    ("pt", "As negociações entre Luanda e Pequim serão retomadas no início do próximo ano.",
     "início do próximo ano", NEXT_YEAR),
    ("pt", "A ponte sobre o rio Zambeze ficará pronta no fim do ano que vem.", "fim do ano que vem", NEXT_YEAR),
    ("pt", "A estrada de Nacala será reaberta em meados do mês que vem.", "meados do mês que vem", NEXT_MONTH),
    ("pt", "Cabo Verde recebeu os primeiros turistas chineses no início do ano.", "início do ano", THIS_YEAR),
]  # fmt: skip


@pytest.mark.parametrize("language, text, said, span", CASES)
def test_the_edge_of_a_relative_period_is_that_period(language, text, said, span):
    found = [m for m in extract_dates(text, PUB, language=language) if said in m.text]
    assert found and (found[0].date_start, found[0].date_end) == span


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "El fin de semana pasado se firmó el acuerdo en Asunción."),
        ("pt", "No fim de semana passado o presidente visitou Maputo."),
    ],
)
def test_the_weekend_stays_the_weekend(language, text):
    found = extract_dates(text, PUB, language=language)
    assert [(m.date_start, m.date_end) for m in found] == [(date(2024, 6, 8), date(2024, 6, 9))]


def test_the_month_a_unit_names_is_that_month():
    text = "Le Gabon versera la somme avant la fin du mois de janvier, a indiqué le ministre."
    found = extract_dates(text, PUB, language="fr")
    assert [(m.date_start, m.date_end) for m in found] == [(date(2025, 1, 1), date(2025, 1, 31))]
