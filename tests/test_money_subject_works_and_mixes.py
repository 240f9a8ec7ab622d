"""Works the cue lists lacked (wind farms, transmission lines, undersea cables, housing units) are projects, and
grants and loans named together are aid; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Danish maker won an order for 40 turbines for a wind farm in the north, for about €90 million.", "en"),
        ("Local builders handed over 5,000 housing units last year under contracts worth $400 million.", "en"),
        ("La empresa estatal construirá dos parques eólicos por 300 millones de dólares.", "es"),
    ],
)
def test_new_works_words_are_projects(text, language):
    assert _subjects(text, language)[0] == "project"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Beijing extended grants and loans totalling $180 million to Ruritania for schools and roads.", "en"),
        ("Le Japon a accordé au Bénin des dons et des prêts d'un montant de 90 millions de dollars.", "fr"),
    ],
)
def test_grants_and_loans_together_are_aid(text, language):
    assert _subjects(text, language)[0] == "aid"
