"""A quarter written as a code: `in Q4`, `from Q2`, `during Q1-Q2` without a year (the nearest such quarter in the
tense, as `the fourth quarter`), and `3Q17` (the third quarter of 2017). Sentences written for these tests; a `Q4`
that no preposition leads in is a model's name, and one of a fiscal year said after it is the fiscal year's."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text, pub):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat(), d.granularity) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The port authority in Mombasa expects the new berth to open in Q3.",
            date(2021, 3, 2),
            [("in Q3", "2021-07-01", "2021-09-30", "quarter")],
        ),
        (
            "Exports of copper cathodes to Zambia's neighbours fell sharply in Q2.",
            date(2018, 11, 5),
            [("in Q2", "2018-04-01", "2018-06-30", "quarter")],
        ),
        (
            "Ridership on the Lima metro line is set to rise from Q4, the operator says.",
            date(2023, 5, 30),
            [("from Q4", "2023-10-01", "2023-12-31", "quarter")],
        ),
        (
            "The remaining tranches will be disbursed during Q2-Q3.",
            date(2016, 1, 12),
            [("during Q2-Q3", "2016-04-01", "2016-09-30", "quarter")],
        ),
        (
            "Net interest income at the Kazakh lender grew 9% in 2Q19, its filing shows.",
            date(2019, 8, 20),
            [("2Q19", "2019-04-01", "2019-06-30", "quarter")],
        ),
        # no preposition: a name
        ("The minister arrived in an Audi Q5 and left in a Q7.", date(2019, 8, 20), []),
        # a run backwards is no span
        ("Prices were revised during Q3-Q1.", date(2019, 8, 20), []),
    ],
)
def test_a_quarter_code(text, pub, expected):
    assert found(text, pub) == expected


def test_a_quarter_code_of_a_fiscal_year_is_the_fiscal_years():
    # one mention, the quarter of that fiscal year (tests/test_dates_fiscal_numbered_quarter.py has its values)
    mentions = found("The second instalment falls due in Q2 of FY 2015-16.", date(2014, 11, 20))
    assert [m[0] for m in mentions] == ["Q2 of FY 2015-16"]
