"""The date vocabulary files: each matches its schema, and adding a row is all a new word needs."""

import csv
from importlib import resources

import pytest

from pipelines.knowledge.calendars import date_word_values, fiscal_calendars
from tests.conftest import assert_knowledge_csv

SCHEMAS = {
    "date_words.csv": (["kind", "language", "word", "value"], ("kind", "language", "word")),
    "date_cues.csv": (["kind", "language", "phrase"], ("kind", "language", "phrase")),
    "page_cues.csv": (["kind", "phrase"], ("kind", "phrase")),
    "fiscal_calendars.csv": (
        ["state", "first_month", "single_year_is", "writes_split_years", "first_day", "era_offset"],
        ("state",),
    ),
    "fiscal_year_starts.csv": (["state", "first_year", "first_day"], ("state", "first_year")),
}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_date_file_has_its_columns_unique_keys_and_no_blank_cells(name):
    assert_knowledge_csv(name, *SCHEMAS[name])


def test_a_word_means_one_value_across_languages():
    with resources.files("pipelines.knowledge").joinpath("date_words.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    meaning: dict[tuple[str, str], set[str]] = {}
    for row in rows:
        meaning.setdefault((row["kind"], row["word"].casefold()), set()).add(row["value"])
    assert all(len(values) == 1 for values in meaning.values())


def test_values_are_in_range():
    assert set(date_word_values("month").values()) == set(range(1, 13))
    assert set(date_word_values("weekday").values()) == set(range(7))
    assert all(
        1 <= cal.first_month <= 12 and cal.single_year_is in {"start", "end"} for cal in fiscal_calendars().values()
    )
