"""A fiscal year of an American paper's or wire's story follows its dateline's state when the dateline ends in the
double hyphen those outlets write (`WASHINGTON -- `), though the story names a foreign state more often; sentences
written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def _fiscal(text: str, pub: date) -> list[tuple[str, str, str]]:
    return [
        (d.text, d.date_start.isoformat(), d.date_end.isoformat())
        for d in extract_dates(text, pub, ())
        if "fiscal" in d.text.lower()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON -- Mexico will get help. Mexico's peso fell again, and Mexico's banks are short of cash. "
            "The money would come out of fiscal 1995 funds.",
            [("fiscal 1995", "1994-10-01", "1995-09-30")],
        ),
        (
            "NEW YORK -- Chile's copper exports rose. Chile and Chile's miners gained most. "
            "The bank said the program would end in fiscal 1996.",
            [("fiscal 1996", "1995-10-01", "1996-09-30")],
        ),
        (
            "OTTAWA -- Brazil's debt talks resumed. Brazil wants relief, and Brazil's creditors are split. "
            "The aid is budgeted for fiscal 1993.",
            [("fiscal 1993", "1992-04-01", "1993-03-31")],
        ),
        (
            "TOKYO -- Korea's exporters complained again. Korea and Korea's unions want talks. "
            "The loans were made in fiscal 1997.",
            [("fiscal 1997", "1997-04-01", "1998-03-31")],
        ),
    ],
)
def test_double_hyphen_dateline_owns_the_fiscal_year(text, expected):
    assert _fiscal(text, date(1997, 10, 23)) == expected
