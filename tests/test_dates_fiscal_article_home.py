"""Whose fiscal year, when its sentence names no state that owns it: the state the article is about (its dateline's
city, in capitals or in title case, before a comma, a colon, a dash or the wire's bracket) before the states the
article names elsewhere or after a preposition, and the state whose own currency the figures are in; the corpus's
fallback only when the article says nothing of either. Pages written for these tests, read through
`extract_article` under the corpus settings (whose fallback is Pakistan's July-June year)."""

import pytest

from pipelines.extract.article import extract_article


def fiscal(text: str, mention: str) -> tuple[str, str]:
    found = [d for d in extract_article(text).dates if mention in d.text]
    assert len(found) == 1, found
    return str(found[0].date_start), str(found[0].date_end)


HEAD = " date 2019-05-02\nA headline for the page\n\n"


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # Japan: a dateline in capitals; the states of the sentence are markets, after a preposition
        (
            "TOKYO, May 2, 2019 (Wire) - The carmaker said exports to China rose 4 percent in fiscal 2018.\n",
            "fiscal 2018",
            ("2018-04-01", "2019-03-31"),
        ),
        (
            "TOKYO, May 2, 2019 (Wire) - The carmaker said sales in China and the United States rose in fiscal 2018.\n",
            "fiscal 2018",
            ("2018-04-01", "2019-03-31"),
        ),
        # the United States: the state its aid goes to is named more often than its own
        (
            "WASHINGTON, May 2, 2019 (Wire) - The Pentagon will sell ten jets to Pakistan, and Pakistan will pay "
            "for them. The aid bill for fiscal 2020 includes $300 million for Pakistan.\n",
            "fiscal 2020",
            ("2019-10-01", "2020-09-30"),
        ),
        # Australia: a split year, the partner after a preposition counts in calendar years
        (
            "CANBERRA, May 2, 2019 (Wire) - The government said exports to Indonesia in the 2018-19 financial year "
            "hit a record.\n",
            "2018-19",
            ("2018-07-01", "2019-06-30"),
        ),
        # India: a dateline in title case before a colon
        (
            HEAD + "New Delhi: The lender said loans to firms in the United States and China grew in the last "
            "fiscal year.\n",
            "fiscal year",
            ("2018-04-01", "2019-03-31"),
        ),
        # the United Kingdom: a dateline in title case before a dash
        (
            HEAD + "London \u2014 The Treasury said borrowing to fund trade deals with France fell in the 2018-19 "
            "financial year.\n",
            "2018-19",
            ("2018-04-01", "2019-03-31"),
        ),
        # Egypt: a partner named more often than the dateline's state
        (
            "CAIRO, May 2, 2019 (Wire) - Saudi Arabia will fund a power plant. Saudi Arabia said Saudi Arabia "
            "would also train engineers. The budget for fiscal 2019/20 sets aside $2 billion for the plant.\n",
            "2019/20",
            ("2019-07-01", "2020-06-30"),
        ),
        # a calendar-year state: its dateline wins over a partner named after a preposition
        (
            "ANKARA, May 2, 2019 (Wire) - The ministry said exports to India rose 9 percent in fiscal 2018.\n",
            "fiscal 2018",
            ("2018-01-01", "2018-12-31"),
        ),
        # the state whose own currency the figures are in, written after the figure or as its symbol
        (
            HEAD + "The company said net profit rose to 12 billion yen in fiscal 2018, helped by exports.\n",
            "fiscal 2018",
            ("2018-04-01", "2019-03-31"),
        ),
        (
            HEAD
            + "The council will spend \u00a33 billion on roads in the 2019-20 financial year, the chancellor said.\n",
            "2019-20",
            ("2019-04-01", "2020-03-31"),
        ),
        (
            HEAD + "Net profit rose to 12 billion yen. The company expects sales to grow again in fiscal 2019.\n",
            "fiscal 2019",
            ("2019-04-01", "2020-03-31"),
        ),
    ],
)
def test_the_state_the_article_is_about_owns_its_fiscal_year(text, mention, expected):
    assert fiscal(text, mention) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a state in the possessive owns its fiscal year, whatever the dateline
        (
            "ISLAMABAD, May 2, 2019 (APP) - India's exports in FY2018-19 rose, the ministry said.\n",
            "FY2018-19",
            ("2018-04-01", "2019-03-31"),
        ),
        # a state that is the sentence's subject owns it
        (
            "WASHINGTON, May 2, 2019 (Wire) - Japan said its budget for fiscal 2019 would grow.\n",
            "fiscal 2019",
            ("2019-04-01", "2020-03-31"),
        ),
        # no dateline, no state, no national currency: the corpus's fallback
        (
            HEAD + "Growth slowed in fiscal 2019, the bank said.\n",
            "fiscal 2019",
            ("2018-07-01", "2019-06-30"),
        ),
        # a city named in the story that is no dateline says nothing of its own
        (
            HEAD + "The conference in Tokyo drew bankers from Kenya, and Kenya's Treasury said growth slowed in "
            "fiscal 2019.\n",
            "fiscal 2019",
            ("2018-07-01", "2019-06-30"),
        ),
    ],
)
def test_a_stated_owner_or_no_word_of_one_keeps_its_calendar(text, mention, expected):
    assert fiscal(text, mention) == expected
