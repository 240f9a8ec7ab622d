"""A number of several words hyphened as a broadcast transcript writes it ("one-and-a-half billion dollars") is
read whole, as the same words with spaces are, not as its last piece ("a-half billion"). Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "figure", "amount"),
    [
        (
            "ANALYST: They put in about one-and-a-half billion dollars last year.",
            "one-and-a-half billion dollars",
            1.5e9,
        ),
        ("The fund will need three-and-a-half billion dollars, he said.", "three-and-a-half billion dollars", 3.5e9),
        ("The fund will need three and a half billion dollars, he said.", "three and a half billion dollars", 3.5e9),
        ("It cost twenty-five million dollars.", "twenty-five million dollars", 25e6),
    ],
)
def test_hyphened_word_numbers_are_read_whole(text, figure, amount):
    assert [(m.text, m.amount) for m in extract_money(text)] == [(figure, amount)]
