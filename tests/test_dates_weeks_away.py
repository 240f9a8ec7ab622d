"""A period said to be days, weeks or months away lies ahead (`future` of date_cues.csv: `weeks away`), even in a
sentence that reports the present (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "mention", "start"),
    [
        ("The rainy season from March to May is only weeks away, aid workers say.", "from March to May", "2025-03-01"),
        ("Farmers are worried because the harvest in October is months away.", "in October", "2025-10-01"),
        ("The vote in January is just days away and the parties are campaigning.", "in January", "2025-01-01"),
    ],
)
def test_a_period_days_weeks_or_months_away_lies_ahead(text, mention, start):
    found = {d.text: str(d.date_start) for d in extract_dates(text, PUB, ())}
    assert found[mention] == start
