"""The year of a target: a deadline before the figure, not the year an agreement was made ("agreed in 2016 to
raise trade to"); the phrasings of a target year ("by the year 2030", "the target year of 2030"); a year said
relative to the article's date ("next year", "by the end of this year"); money pledged by a deadline ("will invest
a further $200 million by 2027") is no target and has no year. Every sentence is written for these tests."""

from datetime import date

import pytest

from pipelines.extract.money import extract_money

PUBLISHED = date(2023, 6, 12)


def _years(text: str, language: str = "en"):
    return [(m.kind, m.year) for m in extract_money(text, language=language, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two governments agreed in 2016 to raise bilateral trade to $3 billion.", "en"),
        ("Los dos gobiernos acordaron en 2016 elevar el comercio bilateral a 3.000 millones de dólares.", "es"),
        ("En 2016, Dakar et Abidjan ont décidé de porter leurs échanges à 3 milliards de dollars.", "fr"),
        ("Em 2016, os dois governos decidiram elevar o comércio a US$ 3 bilhões.", "pt"),
    ],
)
def test_the_year_an_agreement_was_made_is_not_the_targets(text, language):
    assert _years(text, language) == [("target", None)]


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("The ministers want trade to reach $4 billion by the year 2028.", "en", 2028),
        ("Both sides hope to lift trade to $40 billion, well before the target year of 2030.", "en", 2030),
        ("By 2026 the two countries aim to raise trade to $2 billion.", "en", 2026),
        ("Quieren elevar el intercambio a 4.000 millones de dólares para el año 2028.", "es", 2028),
        ("Ils veulent porter les échanges à 4 milliards d'euros d'ici l'an 2028.", "fr", 2028),
        ("Querem elevar o comércio a US$ 4 bilhões até o ano de 2028.", "pt", 2028),
    ],
)
def test_phrasings_of_a_target_year(text, language, year):
    assert _years(text, language) == [("target", year)]


@pytest.mark.parametrize(
    "text, language, year",
    [
        ("Hanoi wants to raise trade with Manila to $8 billion next year.", "en", 2024),
        ("The two sides expect trade to reach $900 million by the end of this year.", "en", 2023),
        ("Lima quiere elevar el comercio con Quito a 2.000 millones de dólares el año que viene.", "es", 2024),
        ("Les deux pays veulent porter leurs échanges à 900 millions d'euros d'ici la fin de l'année.", "fr", 2023),
        ("Os dois países querem elevar o comércio a US$ 3 bilhões no próximo ano.", "pt", 2024),
    ],
)
def test_a_target_year_said_relative_to_the_article_date(text, language, year):
    assert _years(text, language) == [("target", year)]


def test_a_relative_year_without_an_article_date_stays_unknown():
    found = extract_money("Hanoi wants to raise trade with Manila to $8 billion next year.")
    assert [m.year for m in found] == [None]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The carrier will invest a further $200 million in the hub by 2027.", "en"),
        ("A mineradora vai investir mais US$ 2 bilhões no país até 2029.", "pt"),
    ],
)
def test_money_pledged_by_a_deadline_is_no_target_and_has_no_year(text, language):
    # the spec's `year` is the year a target is to be reached; a pledge's deadline is a date, not a target
    assert _years(text, language) == [("commitment", None)]


def test_money_pledged_without_a_deadline_has_no_year():
    assert [year for _, year in _years("The carrier will invest $200 million in the new hub.")] == [None]
