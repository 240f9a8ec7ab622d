"""Date-shaped words that are no date (names, counts, identifiers, page stamps and lists) and a few rarer date
forms, on sentences written for these tests, through the article extractor (header, furniture and all)."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article

# A paragraph of plain English after each body: a sentence alone is too short to tell its language.
_TAIL = "\n\nOfficials of both governments attended the meeting, which focused on trade, energy and security.\n"


def dates(body, pub="2025-07-10"):  # a Thursday
    text = f" date {pub} {body}{_TAIL}"
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
        "The customs duty was set by notification No. 2019/45.",  # a number with a slash is no span of years
        "The ministry cited circular No. 2021-22 of the central bank.",
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
        ("In 2020 people stayed at home.", [("In 2020", date(2020, 1, 1), date(2020, 12, 31))]),
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


def test_a_figure_between_a_verb_and_a_plural_noun_counts_it():
    assert dates("Police arrested 1999 suspects across the province.") == []
    assert dates("Ghana held the 2020 elections in December.") == [
        ("2020", date(2020, 1, 1), date(2020, 12, 31)),
        ("in December", date(2024, 12, 1), date(2024, 12, 31)),
    ]


@pytest.mark.parametrize(
    "body, pub, expected",
    [
        # a state whose fiscal year is the calendar year, named in the sentence
        (
            "Nigeria's budget for the 2025 fiscal year was presented to lawmakers.",
            "2024-11-14",
            [("the 2025 fiscal year", date(2025, 1, 1), date(2025, 12, 31))],
        ),
        (
            "Thailand's budget deficit will narrow in fiscal 2025.",
            "2024-11-14",
            [("fiscal 2025", date(2024, 10, 1), date(2025, 9, 30))],
        ),
        # a part of a fiscal year written short
        (
            "Bangladesh's revenue fell in the first quarter of FY25.",
            "2024-11-14",
            [("the first quarter of FY25", date(2024, 7, 1), date(2024, 9, 30))],
        ),
        # the months the article states win over the calendar
        (
            "Sales for fiscal 1990, which began Oct. 1, are expected to rise.",
            "1989-10-26",
            [("fiscal 1990", date(1989, 10, 1), date(1990, 9, 30)), ("Oct. 1", date(1989, 10, 1), date(1989, 10, 1))],
        ),
        # a span of months named before a period noun, without a year
        (
            "Exports in the July-September period rose 8 percent.",
            "2024-11-14",
            [("July-September", date(2024, 7, 1), date(2024, 9, 30))],
        ),
    ],
)
def test_fiscal_years_by_state_and_spans_of_months(body, pub, expected):
    assert dates(body, pub) == expected


@pytest.mark.parametrize(
    "body, pub, expected",
    [
        # the fiscal year said last decides a later one of a sentence that names no state
        (
            "Japan lent more. The minister placed a budget for FY2024-25 before Bangladesh's parliament. Spending "
            "on health rises from the current fiscal year.",
            "2024-06-07",
            [
                ("FY2024-25", date(2024, 7, 1), date(2025, 6, 30)),
                ("the current fiscal year", date(2023, 7, 1), date(2024, 6, 30)),
            ],
        ),
        # a split year in a sentence naming only a state that writes none: the article's state that does
        (
            "India and Japan signed loans. India's budget for 2023-24 matches Japanese funds for rail.",
            "2023-03-30",
            [("2023-24", date(2023, 4, 1), date(2024, 3, 31))],
        ),
        # a split year written with a slash
        (
            "South Africa's budget for 2023/24 raises spending on electricity.",
            "2023-03-16",
            [("2023/24", date(2023, 4, 1), date(2024, 3, 31))],
        ),
        # `US$` is a currency, not the United States
        (
            "Bhutan and Bangladesh met. Trade stood at only US$ 48 million in FY2023-24, the leaders noted.",
            "2024-11-06",
            [("FY2023-24", date(2023, 7, 1), date(2024, 6, 30))],
        ),
        # a day in a fiscal-year sentence belongs to that year only when the year ends, begins or runs to it
        (
            "India's aid fell in the last financial year, after the troops had left the islands by May 10.",
            "2024-07-24",
            [
                ("the last financial year", date(2023, 4, 1), date(2024, 3, 31)),
                ("May 10", date(2024, 5, 10), date(2024, 5, 10)),
            ],
        ),
    ],
)
def test_the_state_whose_fiscal_year_it_is(body, pub, expected):
    assert dates(body, pub) == expected


@pytest.mark.parametrize(
    "body, pub, expected",
    [
        (
            "A business forum is planned in Rome in July.",
            "2022-04-11",
            [("in July", date(2022, 7, 1), date(2022, 7, 31))],
        ),
        (
            "Loans would have cost more in May or June.",
            "2020-09-15",
            [("in May", date(2020, 5, 1), date(2020, 5, 31)), ("June", date(2020, 6, 1), date(2020, 6, 30))],
        ),
        (
            "Brazil takes over the presidency on Dec. 1.",
            "2023-09-10",
            [("on Dec. 1", date(2023, 12, 1), date(2023, 12, 1))],
        ),
        (
            "Loans in fiscal 2022, which ends on Friday, crossed a record.",
            "2023-03-30",
            [("fiscal 2022", date(2021, 7, 1), date(2022, 6, 30)), ("on Friday", date(2023, 3, 31), date(2023, 3, 31))],
        ),
    ],
)
def test_the_tense_of_plans_counterfactuals_and_handovers(body, pub, expected):
    assert dates(body, pub) == expected
