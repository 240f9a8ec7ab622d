"""A debt a state or a firm owes is a stock held now, whatever repayment its sentence puts ahead ("owes $42
billion, including sums due this year"): a figure reported, not a pledge. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    "text",
    [
        "Russia owes Western governments about $42 billion, including sums due this year.",
        "Zambia owes Chinese lenders some $6 billion, which it will start repaying next year.",
        "Egypt owes the IMF more than $15 billion and will repay a large share by 2027.",
        "Pakistan still owes China about $26 billion, and payments will rise next year.",
        "The utility owes the state bank $400 million that will fall due in June.",
        "Kenya owes China about Ksh 900 billion, most of it for the railway that will be extended.",
    ],
)
def test_a_debt_owed_now_is_reported_whatever_repayment_follows(text):
    found = extract_money(text)
    assert (found[0].kind, found[0].subject) == ("actual", "loan")
