"""Kind of the cost of works: the value of works is money committed, as the spec's "projects worth" are, whether
the works are finished, being built, to be built or estimated (K, L, Q, V and W writers read a finished cost so;
M, R and S read it as reported). Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "The airport terminal was completed in 2019 at a cost of $450 million.",
        "The 90-km canal cost about €700 million to dig, the authority said.",
        "The northern bypass, built by a Korean contractor at a cost of $380 million, opened in March.",
        "The gas link, whose construction cost some $1.9 billion, began pumping last spring.",
    ],
)
def test_the_cost_of_works_finished_is_committed(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge, being built by a Chinese firm at a cost of $300 million, will open next year.",
        "The new line will be built at a cost of $2 billion.",
    ],
)
def test_the_cost_of_works_to_come_is_committed(text):
    assert _kinds(text) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "The dam, estimated to cost $1 billion, is due to open in 2028.",
        "Officials discussed the gas pipeline, estimated to cost $4 billion, and a power link.",
    ],
)
def test_an_estimated_cost_of_works_is_other(text):
    assert _kinds(text) == ["other"]
