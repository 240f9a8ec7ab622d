"""A span that a relative clause with `whose` and its noun runs in the present ("Carl Bildt, whose country holds the
bloc's rotating presidency until December") ends ahead, as one after `which runs` or `it needs` does, though a past
verb stands before the clause. Sentences written for these tests, in several outlets' styles; published 23 July
2009."""

import pytest

from tests.conftest import date_rows

PUBLISHED = "2009-07-23"


@pytest.mark.parametrize(
    ("text", "mention", "first_day"),
    [
        (
            "The European Union was represented by Carl Bildt, whose country holds the bloc's rotating presidency"
            " until December, and by Commissioner Benita Ferrero-Waldner.",
            "until December",
            "2009-12-01",
        ),
        (
            "The talks were chaired by the Thai foreign minister, whose government chairs the regional bloc until"
            " June.",
            "until June",
            "2010-06-01",
        ),
        (
            "Ghana's delegation was led by Kwesi Botchwey, whose mandate runs through November.",
            "through November",
            "2009-11-01",
        ),
    ],
)
def test_a_present_whose_clause_runs_ahead(text, mention, first_day):
    rows = {t: first for t, first, _ in date_rows(text, PUBLISHED)}
    assert rows[mention] == first_day
