"""A cue that heads an office written in lower case after more of its portfolio names the post, no activity: "the trade
and industry minister", "the oil and gas ministry", "the food and water safety minister"; the same words as running
text still count. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str) -> set[str]:
    return {h.sector for h in extract_sectors(text)}


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The trade and industry minister of Ghana signed the agreement with the delegation.", {"trade", "industry"}),
        ("Officials from the oil and gas ministry joined the talks between the two countries.", {"energy"}),
        ("The food and water safety minister attended the opening, the two countries said.", {"environment"}),
    ],
)
def test_a_portfolio_in_lower_case_before_its_office_reports_nothing(text, absent):
    assert not absent & _sectors(text)


def test_the_same_words_in_running_text_count():
    assert {"trade", "industry"} <= _sectors("The two countries agreed to boost trade and industry ties.")
