"""Ranges after a "from" that belongs elsewhere, the head of the noun phrase after a figure, and the state named
first deciding a rupee on a tie. Every sentence was written for these tests."""

import pytest

from pipelines.extract.article import extract_article


def _money(text: str) -> list[tuple[str, float, float | None]]:
    return [(m.text, m.amount, m.amount_max) for m in extract_article(text).money]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "from" several words back names where the money comes from, not the start of a change
        (
            "Remittances from the Gulf are estimated at $8 billion to $10 billion a year.",
            [("$8 billion to $10 billion", 8e9, 10e9)],
        ),
        # "ranging from" spans a range
        (
            "They spoke of projects ranging from $500 million to $10 billion in the energy sector.",
            [("$500 million to $10 billion", 5e8, 10e9)],
        ),
        (
            "Los proyectos van de 500 a 900 millones de dólares, dijo el ministro peruano en Lima.",
            [("500 a 900 millones de dólares", 5e8, 9e8)],
        ),
    ],
)
def test_a_range_after_a_from_that_is_no_change(text, expected):
    assert _money(text) == expected


def test_a_change_from_one_figure_to_another_stays_two_figures():
    text = "Exports of wheat rose from $500 million to $2 billion over a decade, the ministry said."
    assert [m[2] for m in _money(text)] == [None, None]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The European Union approved a €1.5 billion macro-financial assistance loan for Egypt.", "loan"),
        ("Tokyo pledged $50 billion in development aid loans to the region over five years.", "loan"),
        ("Ottawa announced $60 million in new climate financing for island states.", "aid"),
        ("El Banco aprobó un préstamo de 40 millones de euros de ayuda para Bolivia.", "loan"),
    ],
)
def test_the_head_of_the_noun_phrase_after_a_figure_is_its_subject(text, subject):
    assert [m.subject for m in extract_article(text).money] == [subject]


def test_a_rupee_between_two_states_named_once_each_is_the_one_named_first():
    text = "India's Exim Bank extended a line of credit worth Rs 4,000 crore to Sri Lanka for railway rolling stock."
    assert [m.currency for m in extract_article(text).money] == ["INR"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Qatar's investments in the United Kingdom exceed QR 150 billion, the Qatari ambassador said.", "actual"),
        ("The Georgian government will spend 300 million lari on the Anaklia deep-sea port.", "commitment"),
        ("Paris Club creditors agreed to write off $2.4 billion of Iraq's debt.", "commitment"),
    ],
)
def test_present_reports_and_spending_and_debt_relief(text, kind):
    assert [m.kind for m in extract_article(text).money] == [kind]


def test_a_sum_still_to_come_is_no_reported_figure():
    text = "Their economic partnership will amount to $9 billion next year, the minister said."
    assert [m.kind for m in extract_article(text).money] != ["actual"]
