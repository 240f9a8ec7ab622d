"""The words that make a year fiscal are data (`fiscal_adjective` and `fiscal_noun` of date_words.csv), not a
pattern's literal: a budget year, a business year, a budgetary year read as fiscal years in every form the grammar
has (before a number, after one, after an offset, as the whole year of a part or of a run of months), in English,
Spanish, French and Portuguese; the months an article states win over the state's calendar for a split year too.
Sentences written for the class."""

import re
from datetime import date
from importlib import resources

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.knowledge.calendars import date_words


def d(iso):
    return date.fromisoformat(iso)


def test_fiscal_adjectives_are_english_words_and_some_name_a_year_alone():
    words = date_words("fiscal_adjective")
    assert {w.word for w in words} >= {"fiscal", "financial", "budget", "business"}
    assert all(w.language == "en" and w.value in {0, 1} and w.word == w.word.lower() for w in words)
    assert {w.word for w in words if w.value == 1} == {"fiscal", "financial"}  # "fiscal 2014"; not "budget 2014"


def test_fiscal_nouns_cover_every_romance_language():
    nouns = date_words("fiscal_noun")
    assert {w.language for w in nouns} == {"es", "fr", "pt"}
    said = {w.word for w in nouns}
    assert {"ejercicio presupuestario", "exercice budgétaire", "exercice financier", "ano orçamental"} <= said


@pytest.mark.parametrize("module", ["date_rules_fiscal", "date_rules", "date_names"])
def test_no_date_pattern_spells_the_fiscal_words_out(module):
    source = resources.files("pipelines.extract").joinpath(f"{module}.py").read_text(encoding="utf-8")
    assert not re.search(r"fiscal\|financial", source)


CASES = [
    # before a number, split or single, of states of every calendar
    ("2023-05-10", "en", "India's exports rose 6 per cent in the 2022-23 budget year, the ministry said.",
     "2022-23 budget year", "2022-04-01", "2023-03-31"),
    ("2023-05-10", "en", "Kenya's Treasury set aside KSh 12 billion for the budget year 2023/24.",
     "budget year 2023/24", "2023-07-01", "2024-06-30"),
    ("2023-05-10", "en", "Toyota expects profit to rise in the business year 2023, the Japanese carmaker said.",
     "business year 2023", "2023-04-01", "2024-03-31"),
    ("2023-05-10", "en", "The US Congress approved aid for Ukraine in the budget year 2024.",
     "budget year 2024", "2023-10-01", "2024-09-30"),
    ("2021-11-02", "en", "Britain's aid budget for the business year 2021-22 was cut by a third.",
     "business year 2021-22", "2021-04-01", "2022-03-31"),
    ("2023-05-10", "en", "The Australian budgetary year 2022-23 ended with a surplus.",
     "budgetary year 2022-23", "2022-07-01", "2023-06-30"),
    # after an offset
    ("2023-05-10", "en", "Egypt's deficit narrowed in the last budget year, the finance ministry in Cairo said.",
     "the last budget year", "2021-07-01", "2022-06-30"),
    ("2023-05-10", "en", "Canberra will spend more on Pacific aid in the next budget year.",
     "the next budget year", "2023-07-01", "2024-06-30"),
    ("2019-08-20", "en", "Japan's aid agency said its lending would grow in the current business year.",
     "the current business year", "2019-04-01", "2020-03-31"),
    # the whole of a part or of a run of months
    ("2023-05-10", "en", "Bangladesh's remittances hit a record in the first half of the budget year 2022-23.",
     "the first half of the budget year 2022-23", "2022-07-01", "2022-12-31"),
    ("2023-05-10", "en", "Pakistan's imports from China fell in the July-March period of the current budget year.",
     "July-March period of the current budget year", "2022-07-01", "2023-03-31"),
    # the months the article states win, for a split year too
    ("1998-07-16", "en", "Lenders will approve $6 billion for Indonesia in the 1998/99 budget year, which runs from "
     "April to March.", "1998/99 budget year", "1998-04-01", "1999-03-31"),
    # Spanish, French and Portuguese nouns
    ("2023-05-10", "es", "Chile aprobó el año presupuestario 2023 con más gasto social.",
     "año presupuestario 2023", "2023-01-01", "2023-12-31"),
    ("2023-05-10", "es", "Colombia informó que en el ejercicio económico 2022 creció la inversión.",
     "ejercicio económico 2022", "2022-01-01", "2022-12-31"),
    ("2023-05-10", "es", "El Tesoro de EE.UU. cerró el ejercicio presupuestario 2022 con déficit.",
     "ejercicio presupuestario 2022", "2021-10-01", "2022-09-30"),
    ("2023-05-10", "fr", "La Côte d'Ivoire a clôturé l'exercice financier 2022 avec un excédent primaire.",
     "exercice financier 2022", "2022-01-01", "2022-12-31"),
    ("2023-05-10", "fr", "Le Kenya prévoit un déficit pour l'année budgétaire 2023-24.",
     "année budgétaire 2023-24", "2023-07-01", "2024-06-30"),
    ("2023-05-10", "pt", "O Bangladesh fechou o exercício financeiro de 2022-23 com um défice menor.",
     "exercício financeiro de 2022-23", "2022-07-01", "2023-06-30"),
    ("2023-05-10", "pt", "Angola aprovou o ano orçamental de 2023 no parlamento.",
     "ano orçamental de 2023", "2023-01-01", "2023-12-31"),
]  # fmt: skip


@pytest.mark.parametrize("published, language, text, said, start, end", CASES)
def test_a_fiscal_word_makes_the_year_fiscal(published, language, text, said, start, end):
    found = extract_dates(text, d(published), language=language, fallback_fiscal_calendar="GBR")
    hits = [m for m in found if said in m.text]
    assert hits, [m.text for m in found]
    assert (hits[0].date_start, hits[0].date_end, hits[0].granularity) == (d(start), d(end), "year" if
        "half" not in said and "July" not in said else "month")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ministry had a good business year, the spokesman said.",  # no year named
        "Lawmakers debated the budget 2024 allocations for schools.",  # `budget` alone names no fiscal year
    ],
)
def test_a_fiscal_word_without_a_year_or_noun_names_no_fiscal_year(text):
    found = extract_dates(text, d("2024-03-01"), fallback_fiscal_calendar="")
    assert all(m.granularity != "year" or m.date_start.month == 1 for m in found)
