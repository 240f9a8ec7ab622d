"""A firm named with its legal form ('Inc.', 'Corp.', 'Ltd.', 'plc') and bought for a figure is an investment, as a
firm named by a noun ('the company') is; the legal form's stop ends no sentence before a word in lower case. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money
from pipelines.extract.spans import sentence_around


@pytest.mark.parametrize(
    "text",
    [
        "Volvo said it would acquire Harland Optics Ltd. for $420 million.",
        "Boeing agreed yesterday to buy Lockfield Aircraft Corp. for about $2.1 billion in stock.",
        "Siemens agreed to buy Westfield Pumps Inc., a Texas maker of valves, for about $850 million in cash.",
        "The Japanese trading house bought Anglo Marine Holdings for 90 billion yen last spring.",
    ],
)
def test_a_firm_named_with_its_legal_form_bought_is_investment(text):
    assert [m.subject for m in extract_money(text)] == ["investment"]


def test_a_legal_form_ends_a_sentence_before_a_capital():
    text = "The order went to Lockfield Aircraft Corp. The jets cost $2.1 billion."
    start = text.index("$")
    assert text[slice(*sentence_around(text, (start, start + 12)))].strip().startswith("The jets")
    assert sentence_around(text, (10, 12)) == (0, text.index("Corp.") + 5)
