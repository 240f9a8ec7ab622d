"""Some years ago counts from publication, also after a figure of a year it is compared with ('$5.2 billion in
2015, down from $7 billion two years ago': two years before publication); only 'a year ago' beside a year's figure
is the year-on-year figure, the year before that one (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def value(text: str, pub: date, mention: str) -> tuple[str, str]:
    (found,) = [d for d in extract_dates(text, pub, (), "en", "") if d.text == mention]
    return str(found.date_start), str(found.date_end)


@pytest.mark.parametrize(
    "text, pub, mention, expected",
    [
        (
            "Trade between Chile and Peru reached $5.2 billion in 2015, down from more than $7 billion two years ago.",
            date(2016, 6, 22),
            "two years ago",
            ("2014-01-01", "2014-12-31"),
        ),
        (
            "Kenya sold 3 million tonnes of tea in 2018, against 4 million tonnes three years ago.",
            date(2019, 3, 5),
            "three years ago",
            ("2016-01-01", "2016-12-31"),
        ),
        (
            "Remittances to Nepal stood at $8 billion in 2021, compared with $6 billion five years ago.",
            date(2022, 2, 1),
            "five years ago",
            ("2017-01-01", "2017-12-31"),
        ),
        # a year ago beside a year's figure: the year before it
        (
            "Exports to Vietnam reached $4 billion in 2023, up 11% from a year ago.",
            date(2024, 5, 2),
            "a year ago",
            ("2022-01-01", "2022-12-31"),
        ),
    ],
)
def test_years_ago_count_from_publication(text, pub, mention, expected):
    assert value(text, pub, mention) == expected
