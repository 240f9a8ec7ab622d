"""Kind of money paid out counted up: disbursements reported as a total, or the part of a loan or pledge that has
been disbursed, are a figure reported (actual); one disbursement allowed or to come stays committed. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language, kinds",
    [
        ("The latest tranche brings total disbursements under the programme to $2.4 billion.", "en", ["actual"]),
        ("Disbursements to Ghana under the arrangement will reach $1.8 billion after the review.", "en", ["actual"]),
        (
            "Of the $2 billion the donors pledged in Paris, only $700 million has been disbursed.",
            "en",
            ["commitment", "actual"],
        ),
        (
            "El banco aprobó un crédito de US$ 500 millones, de los cuales se desembolsaron US$ 320 millones.",
            "es",
            ["commitment", "actual"],
        ),
    ],
)
def test_money_paid_out_counted_up_is_reported(text, language, kinds):
    assert _kinds(text, language) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "The approval allows an immediate disbursement of $300 million.",
        "The bank will disburse $500 million to the country next month.",
    ],
)
def test_one_disbursement_allowed_or_to_come_stays_committed(text):
    assert _kinds(text) == ["commitment"]
