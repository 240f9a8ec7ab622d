"""Kind of a level reported with "only" or "just", of a figure that opens a quotation, of works valued after a
goal in the same sentence and of investments held; every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Two-way trade stood at only $85 million last year, and the ministers set a goal of $500 million.", "en"),
        ("Bilateral trade was just $40 million in 2021, and both sides set a target of $300 million.", "en"),
        ("O comércio bilateral ficou em apenas US$ 90 milhões em 2022, e a meta é de US$ 1 bilhão.", "pt"),
    ],
)
def test_a_level_reported_with_only_stays_reported_beside_a_goal(text, language):
    assert _kinds(text, language) == ["actual", "target"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ('The minister said the corridor could attract "$3 billion in private investment" within a decade.', "target"),
        ("The president said his government would “invest $2 billion” in rail.", "commitment"),
        ('Officials said trade reached "$1.4 billion" last year.', "actual"),
        ('The envoy said the fund would "mobilise $6 billion" for solar farms by 2030.', "target"),
    ],
)
def test_a_figure_that_opens_a_quotation_keeps_its_kind(text, kind):
    assert _kinds(text) == [kind]


def test_works_valued_after_a_goal_in_the_same_sentence_are_committed():
    text = (
        "The ministers agreed to lift trade to $2 billion and said Turkish firms would build housing projects "
        "worth $4 billion in Libya."
    )
    assert _kinds(text) == ["target", "commitment"]


def test_investments_held_are_a_stock_reported():
    assert _kinds("Japanese companies hold $18 billion in investments in Thailand.") == ["actual"]
