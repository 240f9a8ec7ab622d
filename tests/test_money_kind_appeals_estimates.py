"""Kind of an appeal for funds (a sum to raise: a target) and of an estimate of what a measure will add (no
one's goal: other). Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "The UN has appealed for $1.8 billion to feed drought victims in the Sahel this year.",
        "The regional refugee response plan seeks $640 million, of which a third has been funded.",
        "The state miner is looking for $2 billion of outside capital for its copper project.",
    ],
)
def test_an_appeal_for_funds_is_a_sum_to_raise(text):
    assert _kinds(text) == ["target"]


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry estimates the accord could add $4 billion a year to the economy.",
        "Trade officials estimate that lower tariffs will lift exports by $700 million.",
    ],
)
def test_an_estimate_of_what_a_measure_adds_is_no_goal(text):
    assert _kinds(text) == ["other"]


def test_a_goal_to_lift_exports_by_a_sum_stays_a_target():
    assert _kinds("Both governments aim to lift exports by $700 million by 2027.") == ["target"]
