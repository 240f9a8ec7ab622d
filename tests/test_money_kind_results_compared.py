"""Kind of a firm's results set against an earlier period: the base of the comparison is a figure reported (`actual`)
whether the noun it measures stands between ("compared with net income of") or a price per share follows the figure
before it ("84 cents a share, up from"); a price in a series stays a price. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Borealis Tools reported second-quarter net income of $14.6 million, or 41 cents a share, up from "
            "$9.8 million, or 28 cents a share, in the year-earlier quarter.",
            ["actual", "actual"],
        ),
        (
            "The carmaker forecast net profit of 30 billion yen for the current fiscal year, compared with net "
            "income of 12.5 billion yen in the previous year.",
            ["other", "actual"],
        ),
        ("Diesel rose from $0.90 per litre to $1.10 in a month.", ["other", "other"]),
    ],
)
def test_the_base_of_a_firm_s_results_is_reported(text, expected):
    assert _kinds(text) == expected


def test_packages_announced_are_committed():
    assert _kinds("Oman and Kuwait each announced $2 billion packages for the island.") == ["commitment"]
