"""Date-shaped words that are no date (names, counts, identifiers, page stamps and lists) and a few rarer date
forms, on sentences written for these tests, through the article extractor (header, furniture and all)."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article


def dates(body, pub="2025-07-10"):  # a Thursday
    text = f" date {pub} {body}\n"
    return [(d.text, d.date_start, d.date_end) for d in extract_article(text).dates]


@pytest.mark.parametrize(
    "body",
    [
        # a day or month name inside the name of a day, a newspaper, a place or a movement
        "The Good Friday Agreement ended decades of conflict.",
        "Shoppers flocked to stores on Black Friday.",
        "The interview was published in The Sunday Times.",
        "Crowds gathered on the 15 July Martyrs Bridge in Istanbul.",
        "The factory is located in 6th of October City near Cairo.",
        "The minister told Pakistan Today that the talks went well.",
        # a figure that counts or measures, or names a document
        "Pakistan deployed 2000 troops along the border.",
        "The army sent 2000 more soldiers to the valley.",
        "The ceasefire took effect at 1800 hours.",
        "Ticket prices are 2024 rupees for adults.",
        "The gazette was printed as Vol. 24, No. 2019.",
        # the page's own stamp and its furniture
        "Pakistan and Turkey signed a trade deal.\n\nThis article was last updated on July 10, 2025 at 4:15 pm.",
        "Pakistan and Turkey signed a trade deal.\n\nUpdated: 10 July 2025",
        "Pakistan and Turkey signed a trade deal.\n\nTags: trade, budget 2025-26, Monday",
        "Pakistan and Turkey signed a deal.\n\nMost Read\n1. Budget 2025-26: what changes for you\n"
        "2. Rupee falls again on Monday",
    ],
)
def test_no_date_in_a_name_a_count_an_identifier_or_page_furniture(body):
    assert dates(body) == []


@pytest.mark.parametrize(
    "body, expected",
    [
        # the same words where they are dates
        ("In 2020 people stayed at home.", [("2020", date(2020, 1, 1), date(2020, 12, 31))]),
        ("The 2022 floods destroyed crops.", [("2022", date(2022, 1, 1), date(2022, 12, 31))]),
        ("Today, the minister met Karzai.", [("Today", date(2025, 7, 10), date(2025, 7, 10))]),
        (
            "The minister arrived in Kabul. Today he will meet Karzai.",
            [("Today", date(2025, 7, 10), date(2025, 7, 10))],
        ),
        (  # a title-case headline
            "PM Leaves for Beijing Today\n\nThe prime minister left for Beijing.",
            [("Today", date(2025, 7, 10), date(2025, 7, 10))],
        ),
        ("The ministers met on Friday in Ankara.", [("on Friday", date(2025, 7, 4), date(2025, 7, 4))]),
        ("The list was updated on Monday, officials said.", [("on Monday", date(2025, 7, 7), date(2025, 7, 7))]),
        # rarer forms
        (
            "Egypt's budget deficit for the 2024/25 fiscal year narrowed.",
            [("the 2024/25 fiscal year", date(2024, 7, 1), date(2025, 6, 30))],
        ),
        (
            "Sales slumped in Q3 2023 before recovering in H1 2024.",
            [("Q3 2023", date(2023, 7, 1), date(2023, 9, 30)), ("H1 2024", date(2024, 1, 1), date(2024, 6, 30))],
        ),
        ("The budget is due in May.", [("in May", date(2026, 5, 1), date(2026, 5, 31))]),
    ],
)
def test_the_same_words_where_they_are_dates(body, expected):
    assert dates(body) == expected
