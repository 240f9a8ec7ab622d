"""A state's rescue by its lenders is lent money, as a bailout is ("a $40 billion rescue", "the rescue package"),
and credits are loans, as a credit is; credits and grants together are aid, as loans and grants are; a search and
rescue team is no rescue of a state. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str) -> list[str]:
    return [m.subject for m in extract_money(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Argentina agreed last week on a $28 billion rescue, the largest in the region.",
        "The rescue package of $9.5 billion for Turkey was approved by the board on Friday.",
        "The rescue follows a $6bn package for the Philippines in July.",
        "Japan will guarantee new credits of up to 300 billion yen for Vietnam, the finance ministry said.",
    ],
)
def test_a_rescue_or_credits_are_loans(text):
    assert _subjects(text) == ["loan"]


@pytest.mark.parametrize(
    "text",
    [
        "France has given Mali about $2 billion in credits and grants since 2013.",
        "Tokyo has extended $3 billion in grants and credits to Hanoi since 1992.",
    ],
)
def test_credits_and_grants_together_are_aid(text):
    assert _subjects(text) == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway gave $2 million for search and rescue operations after the earthquake.",
        "The province spent $4 million on rescue boats and pumps last year.",
    ],
)
def test_a_search_and_rescue_team_is_no_loan(text):
    assert _subjects(text) != ["loan"]
