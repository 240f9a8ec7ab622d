"""A relative year after a fiscal year, in a clause of its own whose subject is a name (', and Cairo wants ...
early next year', ', but Finance Minister Aziz expects ... next year'), is a calendar year as after a pronoun or a
noun subject; in the fiscal year's own clause it stays a fiscal year (sentences written for these tests, in the style
of business and budget wires)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(1999, 11, 21)


def relative_year(text: str) -> tuple[str, str]:
    found = [m for m in extract_dates(text, PUB) if m.text.endswith(("next year", "last year"))]
    return found[-1].date_start.isoformat(), found[-1].date_end.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt sold $1.2 billion of cotton in fiscal 1998/99, which ended on June 30, and Cairo wants the farm "
            "chapter reopened before the pact is initialled, perhaps early next year.",
            ("2000-01-01", "2000-12-31"),
        ),
        (
            "Pakistan raised $2 billion in FY1998-99, but Finance Minister Aziz expects more next year.",
            ("2000-01-01", "2000-12-31"),
        ),
        (
            "Bangladesh's garment exports grew in FY1998-99, while Dhaka Chamber leaders fear a slowdown next year.",
            ("2000-01-01", "2000-12-31"),
        ),
        (
            "Kenya collected Ksh 180 billion in the 1998/99 financial year, and Nairobi plans a new levy next year.",
            ("2000-01-01", "2000-12-31"),
        ),
    ],
)
def test_a_clause_with_a_named_subject_counts_in_calendar_years(text, expected):
    assert relative_year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue reached Rs 300 billion in FY1998-99, up from Rs 250 billion last year.",
            ("1997-07-01", "1998-06-30"),
        ),
        (
            "Pakistan's exports rose in FY1998-99, and are expected to rise again next year.",
            ("1999-07-01", "2000-06-30"),
        ),
    ],
)
def test_the_fiscal_years_own_clause_counts_in_fiscal_years(text, expected):
    assert relative_year(text) == expected
