"""Kind of a level that its own words date in a past period when a goal for a later figure of the sentence follows
it ("trade, about $1.1 billion last year, is targeted at $2 billion"): the level is reported (actual), the goal's
figure a target; a figure the goal's own words govern stays a target. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Trade between Kenya and Uganda, about $1.1 billion last year, is targeted at $2 billion by 2025.", "en"),
        (
            "Bilateral trade of about $900 million in 2018 was far too small, and the two governments set a target"
            " of $3 billion by 2023.",
            "en",
        ),
        (
            "Trade grew 12% last year to $2.4 billion, and both sides have set the goal of reaching $5 billion"
            " by 2026.",
            "en",
        ),
        (
            "Sales at last year's fair were worth $310 million, and the ministry has set a target of $400 million for"
            " this edition.",
            "en",
        ),
        ("Two-way trade with Oman, Rs 9,000 crore in 2021, is targeted at Rs 15,000 crore by 2026.", "en"),
        (
            "El comercio entre Perú y Corea superó los 2.000 millones de dólares en 2015 y la meta es llegar a 3.000"
            " millones en 2020.",
            "es",
        ),
        (
            "O comércio bilateral caiu para 3,1 bilhões de dólares em 2016, e a meta é chegar a 5 bilhões de dólares"
            " até 2020.",
            "pt",
        ),
        (
            "Les échanges, d'environ 800 millions d'euros l'an dernier, devraient atteindre 1,5 milliard d'euros d'ici"
            " 2025, objectif fixé par les deux gouvernements.",
            "fr",
        ),
    ],
)
def test_a_level_dated_in_a_past_period_before_a_goal_is_reported(text, language):
    assert _kinds(text, language) == ["actual", "target"]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides aim to lift trade to $5 billion in 2025, against $3 billion last year.",
        "The two governments set a target of $10 billion in 2030, up from a goal of $6 billion.",
        "Last year the ministers set a goal of $2 billion, and they now target $3 billion by 2027.",
    ],
)
def test_a_figure_the_goal_governs_stays_a_target(text):
    assert _kinds(text)[0] == "target"
