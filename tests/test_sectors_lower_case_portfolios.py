"""A cue that heads an office written in lower case after more of its portfolio names the post, no activity: "the trade
and industry minister", "the oil and gas ministry", "the food and water safety minister"; the same words as running
text still count. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The trade and industry minister of Ghana signed the agreement with the delegation.", {"trade", "industry"}),
        ("Officials from the oil and gas ministry joined the talks between the two countries.", {"energy"}),
        ("The food and water safety minister attended the opening, the two countries said.", {"environment"}),
    ],
)
def test_a_portfolio_in_lower_case_before_its_office_reports_nothing(text, absent):
    assert not absent & sectors_of(text)


def test_the_same_words_in_running_text_count():
    assert {"trade", "industry"} <= sectors_of("The two countries agreed to boost trade and industry ties.")
