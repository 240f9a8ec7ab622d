"""A bare `$` in a story whose writer qualifies several dollars (`A$` and `US$`, `C$` and `US$`): the dollar
qualified last before it in its sentence, else the one of the state the story names most. Every sentence is
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _currencies(text: str) -> list[str]:
    return [m.currency for m in extract_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Queensland's coal sold for US$120 a tonne. Queensland exports to India reached A$9 billion, and the "
            "Queensland government wants $12 billion by 2030.",
            ["USD", "AUD", "AUD"],
        ),
        (
            "Wellington gave NZ$5 million; the US gave US$3 million. New Zealand's envoy said New Zealand will add "
            "$2 million for Tonga.",
            ["NZD", "USD", "NZD"],
        ),
        (
            "Canberra pledged A$40 million. Jakarta's minister said trade reached US$18 billion, while investment "
            "rose to $700 million.",
            ["AUD", "USD", "USD"],
        ),
    ],
)
def test_a_bare_dollar_among_qualified_ones(text, expected):
    assert _currencies(text) == expected


def test_a_story_qualifying_one_dollar_alone_is_unchanged():
    assert _currencies("The US gave US$3 million and the bank $2 million to Fiji.") == ["USD", "USD"]
