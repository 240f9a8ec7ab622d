"""Assistance that a side gives ("will keep providing assistance to Vanuatu") or that heads a package or a programme
("a new assistance package") is aid without a sum; help thanked for or had is no aid. Every sentence was written for
these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Beijing will keep providing assistance to Vanuatu, the envoy said.",
        "The minister unveiled a new assistance package for Samoa during her trip.",
        "Japan extended assistance to Sri Lanka last year, the embassy said.",
    ],
)
def test_given_assistance_is_aid(text: str) -> None:
    assert "humanitarian" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president thanked Turkey for its assistance in building the bridge.",
        "With the assistance of local guides, the delegation toured the old city.",
        "He asked the embassy for assistance with the visa of his son.",
    ],
)
def test_help_thanked_or_had_is_no_aid(text: str) -> None:
    assert "humanitarian" not in sectors_of(text)
