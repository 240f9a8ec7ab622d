"""Kind of a saving: one a past verb reports ("the cheaper tariff saved the utility $45 million last year", "has
saved Sri Lanka some $200 million since January", "ahorró", "a économisé", "economizou") is a result reported
(actual), as earnings and losses are; a saving still to come ("would save", "could save") is no one's pledge, goal or
count (other). Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The cheaper tariff saved the state utility about $45 million last year.", "en"),
        ("Cheaper Russian fuel has saved Sri Lanka some $200 million since January, the minister said.", "en"),
        ("El nuevo acuerdo ahorró al Tesoro unos 30 millones de dólares el año pasado.", "es"),
        ("La renégociation a économisé 12 millions d'euros à la commune en 2023.", "fr"),
        ("A renegociação economizou R$ 40 milhões ao estado no ano passado.", "pt"),
    ],
)
def test_a_saving_a_past_verb_reports_is_actual(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "Exporters would save $500 million a year under the new customs code.",
        "The deal could save the treasury $80 million over five years.",
    ],
)
def test_a_saving_still_to_come_is_other(text):
    assert _kinds(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the fuel imports had saved the utility KSh 9 billion in the last year alone.",
        "The rescheduled loans saved the treasury about $120 million in 2021.",
        "Exporters would save $500 million a year under the new customs code.",
    ],
)
def test_a_saving_is_money_of_no_subject(text):
    assert [m.subject for m in extract_money(text)] == ["other"]
