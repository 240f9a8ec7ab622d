"""Closed vocabularies of the data contract."""

from __future__ import annotations

import csv
from importlib import resources

ACTOR_TYPES = ("person", "country", "organization")
DATE_GRANULARITIES = ("day", "week", "month", "quarter", "season", "year", "decade")
PUBLICATION_DATE_SOURCES = ("header", "dateline", "stamp")
MONEY_KINDS = ("target", "actual", "commitment", "other")
MONEY_SUBJECTS = ("trade", "investment", "aid", "loan", "project", "other")
QUARANTINE_REASONS = (
    "empty_file",  # no bytes, or only whitespace
    "binary_file",  # not text in any encoding we read
    "file_too_large",  # over the configured size limit
    "undecodable",  # bytes that no detected encoding decodes
    "unreadable",  # the file could not be opened, or vanished while the folder was read
    "not_regular_file",  # a named pipe, a device, a socket or a symbolic-link loop: never read
    "outside_input_folder",  # a symbolic link that leads out of the input folder: never followed
    "no_article_text",  # an HTML page with no article in it
    "duplicate_article_id",  # a second file with the same name but another suffix case
    "schema_violation",  # a row that failed its table's schema
    "offset_mismatch",  # a row whose text is not at its offsets
    "extraction_error",  # an extractor raised on the article
    "extraction_timeout",  # the extractors ran past the per-article time budget
    "value_out_of_range",  # a value no table can hold (e.g. a year 1 date): published as null, noted here
)


def load_sectors() -> list[dict[str, str]]:
    """The sector vocabulary: code, label, description and cue terms (`|`-separated)."""
    with resources.files("schemas").joinpath("sectors.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


SECTORS = load_sectors()
SECTOR_CODES = tuple(row["code"] for row in SECTORS)
