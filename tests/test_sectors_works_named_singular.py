"""Works being built named by the singular word for them ("La obra demandará una inversión", "A obra, a cargo da
construtora") or by the part of the site worked on ("site work begins in May", "track and terminal work") are
construction; a sum written in the singular ("1,2 bilhão", "un milliard") is a figure reported as its plural is.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("La obra demandará una inversión de 900 millones de dólares y durará tres años.", "es"),
        ("A obra, a cargo de uma construtora chinesa, tem custo estimado de US$ 1,2 bilhão.", "pt"),
        ("Esta obra será financiada por el banco chino con un crédito de 400 millones.", "es"),
        ("Site work begins in the second quarter, and the first turbines will run in 2027.", "en"),
        ("The bank will lend €1 billion for track and terminal work on both sides of the border.", "en"),
    ],
)
def test_works_named_in_the_singular_are_construction(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("La obra de teatro se estrenó en Madrid el sábado.", "es"),
        ("The minister said work on the report would finish in May.", "en"),
    ],
)
def test_other_work_is_no_construction(text: str, language: str) -> None:
    assert "infrastructure" not in sectors_of(text, language)
