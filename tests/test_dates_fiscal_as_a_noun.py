"""`fiscal` as a noun of its own after a relative word, as South Asian, Japanese and African business English
writes it (`grew 7% last fiscal`, `in the current fiscal`, `the first half of this fiscal`), is the fiscal year of
the state the sentence names; `fiscal` before a noun it qualifies is none (`the current fiscal deficit`). The
previous (preceding, prior) fiscal year after a fiscal year the sentence names is the one before that year, in its
calendar; without one it is the last fiscal year. `ongoing`, `outgoing` (the current) and `upcoming`, `ensuing`
(the next) count as the other relative words. Sentences written for these tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 1, 15)

CASES = [
    ("India's merchandise exports grew 7.4% last fiscal, the commerce ministry said.", "last fiscal", "2017-04-01"),
    (
        "Two-way trade with Sri Lanka stood at $4.2 billion last fiscal, an Indian official said.",
        "last fiscal",
        "2017-04-01",
    ),
    ("Bangladesh's garment shipments rose 11% in the current fiscal.", "the current fiscal", "2018-07-01"),
    ("Pakistan's remittances reached $21 billion in the previous fiscal.", "the previous fiscal", "2017-07-01"),
    ("Kenya's Treasury expects tea earnings to recover next fiscal.", "next fiscal", "2019-07-01"),
    ("Japan's outbound investment in Vietnam doubled this fiscal, JETRO said.", "this fiscal", "2018-04-01"),
    ("Egypt's Suez Canal revenue hit a record last fiscal as traffic rose.", "last fiscal", "2017-07-01"),
    (
        "Nepal's hydropower exports to India grew in the last fiscal to 1.2 billion rupees.",
        "the last fiscal",
        "2017-07-16",
    ),
    ("Last fiscal's iron ore earnings were Australia's highest, Canberra said.", "Last fiscal", "2017-07-01"),
    ("Bangladesh's remittances rose 9% in the ongoing fiscal year.", "the ongoing fiscal year", "2018-07-01"),
    ("Nepal tabled its budget for the upcoming fiscal year in Kathmandu.", "the upcoming fiscal year", "2019-07-17"),
    ("The outgoing fiscal year saw record jute exports from Bangladesh.", "The outgoing fiscal year", "2018-07-01"),
    (
        "India will raise spending on roads in the ensuing financial year, the minister said.",
        "the ensuing financial year",
        "2019-04-01",
    ),
    (
        "Indian tea exports to Iran fell in the first quarter of the current fiscal.",
        "the first quarter of the current fiscal",
        "2018-04-01",
    ),
]


@pytest.mark.parametrize(("text", "mention", "start"), CASES)
def test_fiscal_alone_after_a_relative_word_is_that_fiscal_year(text, mention, start):
    got = [(d.text, str(d.date_start)) for d in extract_dates(text, PUB)]
    assert got == [(mention, start)]


@pytest.mark.parametrize(
    "text",
    [
        "The current fiscal deficit of Pakistan worries the IMF.",
        "Ghana's new government tightened its current fiscal stance.",
        "Sri Lanka's last fiscal package failed to calm markets.",
        "The next fiscal consolidation step in Egypt is a VAT rise.",
    ],
)
def test_fiscal_before_the_noun_it_qualifies_is_no_date(text):
    assert extract_dates(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        (
            "India's trade with Oman rose to $5.1 billion in 2017-18 from $4.0 billion in the previous financial year.",
            ("2016-04-01", "2017-03-31"),
        ),
        (
            "Pakistan's exports to China reached $1.9 billion in FY2017-18, up from $1.6 billion in the preceding "
            "fiscal year.",
            ("2016-07-01", "2017-06-30"),
        ),
        (
            "Australian coal sales to Japan rose in 2016-17 from the prior fiscal year, Canberra said.",
            ("2015-07-01", "2016-06-30"),
        ),
    ],
)
def test_the_previous_fiscal_year_after_a_named_one_is_the_year_before_it(text, previous):
    got = [(str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB)]
    assert got[-1] == previous


@pytest.mark.parametrize("word", ["previous", "last"])
def test_previous_and_last_fiscal_year_without_an_anchor_agree(word):
    got = extract_dates(f"Kenya's coffee exports fell in the {word} fiscal year, the Treasury said.", PUB)
    assert [(str(d.date_start), str(d.date_end)) for d in got] == [("2017-07-01", "2018-06-30")]
