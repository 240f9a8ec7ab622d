"""Kind of a stock held or owed (a level reported, whatever noun stands between the verb and the figure) and
of money received over a past period (a total reported, as money lent over one is). Every sentence here was
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Gulf sovereign funds hold British assets worth about £45 billion.", "actual"),
        ("Zambia still owes Chinese lenders about $6 billion.", "actual"),
        ("Last year Kenya received $900 million in Japanese loans, more than from any other donor.", "actual"),
        # one loan received is the loan, undated or not
        ("Kenya received a $900 million loan from Japan last year.", "commitment"),
    ],
)
def test_stocks_held_and_money_received_over_a_period(text, kind):
    assert _kinds(text) == [kind]
