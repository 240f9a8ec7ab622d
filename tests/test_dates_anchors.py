"""Dates that count from another one: a year after a span or a fiscal year, spans of fiscal years, a split year
after a part of it, `next MONTH` when that month is about to begin, and page dates that are no mentions."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


def values(text: str, pub: date | None, fallback: str = "PAK") -> list[tuple[str, str | None, str | None]]:
    found = extract_dates(text, pub, (), "en", fallback)
    return [(d.text, d.date_start and d.date_start.isoformat(), d.date_end and d.date_end.isoformat()) for d in found]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Pakistan spent $3 billion in the 2021/22 fiscal year, against $2.5 billion a year earlier.",
            date(2022, 9, 1),
            ("a year earlier", "2020-07-01", "2021-06-30"),
        ),
        (
            "Works will run from 2019 to 2021, and the line should open the following year.",
            date(2018, 5, 1),
            ("the following year", "2022-01-01", "2022-12-31"),
        ),
        (
            "The scheme will be rolled out in Bangladesh between FY2022 and FY2025.",
            date(2021, 5, 1),
            ("between FY2022 and FY2025", "2021-07-01", "2025-06-30"),
        ),
        (
            "India's exports to Nepal rose 4% in the first eleven months of 2022-23.",
            date(2023, 4, 10),
            ("2022-23", "2022-04-01", "2023-03-31"),
        ),
        # next MONTH is the first wholly after the publication month, as last MONTH is the latest wholly before it
        ("The summit will be held next August.", date(2024, 7, 20), ("next August", "2024-08-01", "2024-08-31")),
        ("The summit will be held next October.", date(2024, 7, 20), ("next October", "2024-10-01", "2024-10-31")),
        (
            "Flights will rise to ten a week starting in May.",
            date(2020, 3, 1),
            ("in May", "2020-05-01", "2020-05-31"),
        ),
    ],
)
def test_a_date_counts_from_the_right_one(text, pub, expected):
    assert values(text, pub)[-1] == expected


def test_a_date_inside_a_web_address_is_no_mention():
    text = "The minister met his counterpart.\n\nhttps://news.example.org/2019-05-04/talks-in-kabul\n"
    metadata = extract_metadata(text)
    assert extract_dates(text, date(2019, 5, 4), metadata.skip_spans) == []


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("Nairobi, le 3 mars 2015 – Le gouvernement kényan a annoncé un accord avec la Chine.", date(2015, 3, 3)),
        ("ACCRA, GHANA (9 June 2016) – The bank approved a loan to expand the grid.", date(2016, 6, 9)),
        ("Quito, April 4, EFE\n\nThe ministers met to discuss a trade deal.", None),
    ],
)
def test_a_dateline_gives_the_publication_date_and_no_mention(text, pub):
    metadata = extract_metadata(text)
    assert metadata.publication_date == pub
    assert extract_dates(text, pub, metadata.skip_spans, "fr" if " le " in text else "en") == []
