"""An alternation grouped by first character matches what the plain alternation matches."""

import re

from pipelines.extract.regex_dispatch import grouped_alternation


def test_grouped_alternation_writes_each_first_once_and_keeps_order():
    branches = [("a", "greed"), ("b", "acked"), ("a", "nnounced"), ("X", "")]
    assert grouped_alternation(branches) == "a(?:greed|nnounced)|b(?:acked)|X"


def test_grouped_alternation_finds_the_same_matches_as_the_plain_one():
    words = ["signed", "sign", "sealed", "agreed", "agree", "approved", "ratified"]
    ordered = sorted(words, key=lambda w: (-len(w), w))
    plain = re.compile(r"\b(?:" + "|".join(ordered) + r")\b")
    grouped = re.compile(r"\b(?:" + grouped_alternation((w[0], w[1:]) for w in ordered) + r")\b")
    text = "They agreed, then signed; the deal was sealed and ratified, not approved. Signees agree to sign."
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found = [m.group() for m in grouped.finditer(text)]
    assert found == ["agreed", "signed", "sealed", "ratified", "approved", "agree", "sign"]
