"""A phrase that names no sector ("in the pipeline", "World Food Programme") shields its words from every reading: no
works built, no lender and no purchase either. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The bank has $600 million in new loans for Laos in the pipeline, the two sides said.", "infrastructure"),
        ("The bank has $600 million in new loans for Laos in the pipeline, the two sides said.", "energy"),
        ("Several joint projects worth $2 billion are in the pipeline, both ministers said.", "infrastructure"),
        ("Funds will be channelled through the World Food Programme, the two governments said.", "agriculture"),
        ("The UN Environment Programme will host the talks between the two countries.", "environment"),
    ],
)
def test_a_phrase_of_no_sector_names_none(text, sector):
    assert sector not in sectors_of(text)


def test_the_same_words_in_their_own_sense_still_count():
    assert "energy" in sectors_of("The two countries agreed to build a gas pipeline to Europe.")
