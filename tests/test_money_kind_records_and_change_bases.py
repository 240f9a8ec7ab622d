"""Kind of a record level of money given or invested, and of the level a reported change starts from: both are
figures reported as current or past (`actual`), not money pledged so far nor a goal. Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Korean development assistance to Ghana reached a record $310 million in the last fiscal year.", "en"),
        ("Swiss direct investment in Peru in 2021 hit a record $1.9 billion.", "en"),
        ("Norway's aid to the Sahel has reached an all-time high of $640 million.", "en"),
        ("La inversión española en México alcanzó un récord de 9.000 millones de dólares en 2019.", "es"),
    ],
)
def test_a_record_level_of_money_given_or_invested_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


def test_money_given_so_far_stays_committed():
    assert _kinds("Norway has given Mali more than $640 million in aid since 2013.") == ["commitment"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belgian investment in Kenyan farms jumped to $410 million in 2022 from $150 million a year earlier.",
            ["actual", "actual"],
        ),
        (
            "Sales of coffee to Japan rose to $95 million last year from $71 million in 2021, and the ministers set "
            "a target of $200 million.",
            ["actual", "actual", "target"],
        ),
    ],
)
def test_the_level_a_reported_change_starts_from_is_reported(text, expected):
    assert _kinds(text) == expected
