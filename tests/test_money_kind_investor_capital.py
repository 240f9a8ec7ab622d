"""Kind of the capital an investor holds in a country ("the largest foreign investor in Vietnam, with registered
capital of"): a stock reported (actual), where the capital a fund or a new company is given stays committed.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japan is the second-largest foreign investor in Thailand, with registered capital of $41 billion.", "en"),
        ("Singapore remains the top investor in the province with total capital of about $9 billion.", "en"),
        ("Taiwan is the third investor in Vietnam, with 2,900 projects and a registered capital of $36 billion.", "en"),
        ("Le Japon est le premier investisseur étranger au Vietnam, avec un capital de 60 milliards de dollars.", "fr"),
    ],
)
def test_the_capital_an_investor_holds_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    "text",
    [
        "The two states set up a joint investment company with a charter capital of $500 million.",
        "The fund, with an initial capital of $1 billion, will invest in ports.",
    ],
)
def test_the_capital_a_new_body_is_given_stays_committed(text):
    assert _kinds(text) == ["commitment"]
