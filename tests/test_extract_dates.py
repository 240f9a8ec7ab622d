"""Date mentions and their normalisation, on sentences written for these tests."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract.dates import extract_dates

THURSDAY = date(2025, 7, 10)


def values(text, pub=THURSDAY):
    return [(d.text, d.date_start, d.date_end, d.granularity) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    "text, start, end, granularity",
    [
        ("The visit took place on Jan. 3-4, 2019.", date(2019, 1, 3), date(2019, 1, 4), "day"),
        ("They met in Lahore on 10 June 2023.", date(2023, 6, 10), date(2023, 6, 10), "day"),
        ("The forum was held on Mon, Sep. 24, 2018.", date(2018, 9, 24), date(2018, 9, 24), "day"),
        ("Talks ran from November 25 to 27, 2019.", date(2019, 11, 25), date(2019, 11, 27), "day"),
        ("Trade grew in 2022.", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("Ties go back to the 1920s.", date(1920, 1, 1), date(1929, 12, 31), "decade"),
        ("The plan covers 2018-20.", date(2018, 1, 1), date(2020, 12, 31), "year"),
        ("Targets were set for between 2025 and 2027.", date(2025, 1, 1), date(2027, 12, 31), "year"),
        ("Exports rose in FY2022-23.", date(2022, 7, 1), date(2023, 6, 30), "year"),
        ("Output fell in the third quarter of 2022.", date(2022, 7, 1), date(2022, 9, 30), "quarter"),
        ("Sales rose in the first ten months of 2017.", date(2017, 1, 1), date(2017, 10, 31), "month"),
        ("The deal was signed in January 2023.", date(2023, 1, 1), date(2023, 1, 31), "month"),
        ("Work starts in early 2022.", date(2022, 1, 1), date(2022, 4, 30), "month"),
        # a fiscal year named by one year is named by the year it ends in
        ("Exports rose in FY24.", date(2023, 7, 1), date(2024, 6, 30), "year"),
        ("Exports rose in FY2024.", date(2023, 7, 1), date(2024, 6, 30), "year"),
        ("Ties were renewed in the early 2000s.", date(2000, 1, 1), date(2003, 12, 31), "decade"),
        ("The forum meets in late October 2026.", date(2026, 10, 21), date(2026, 10, 31), "day"),
        ("Trade grew 23% in January-March 2024.", date(2024, 1, 1), date(2024, 3, 31), "month"),
        ("Trade grew from April to June 2023.", date(2023, 4, 1), date(2023, 6, 30), "month"),
        ("Imports fell in December-February 2024.", date(2023, 12, 1), date(2024, 2, 29), "month"),
    ],
)
def test_absolute_forms(text, start, end, granularity):
    (found,) = values(text)
    assert found[1:] == (start, end, granularity)


@pytest.mark.parametrize(
    "text, pub, start, end",
    [
        # a weekday in a past-tense report is the latest such day on or before publication
        ("The ministers met on Wednesday.", THURSDAY, date(2025, 7, 9), date(2025, 7, 9)),
        # and the next one when the sentence speaks of the future
        ("The ministers will meet on Monday.", THURSDAY, date(2025, 7, 14), date(2025, 7, 14)),
        ("Erdogan is expected to visit in February.", date(2020, 2, 2), date(2020, 2, 1), date(2020, 2, 29)),
        ("In July flights were launched.", date(2023, 10, 29), date(2023, 7, 1), date(2023, 7, 31)),
        ("He attended the summit last October.", date(2023, 9, 4), date(2022, 10, 1), date(2022, 10, 31)),
        ("Trade doubled last year.", date(2023, 9, 4), date(2022, 1, 1), date(2022, 12, 31)),
        ("The team arrived last month.", date(2023, 9, 4), date(2023, 8, 1), date(2023, 8, 31)),
        ("A delegation arrived yesterday.", THURSDAY, date(2025, 7, 9), date(2025, 7, 9)),
        ("Exports rose in the last fiscal year.", date(2022, 3, 20), date(2020, 7, 1), date(2021, 6, 30)),
        ("Exports rose 9% in 2016 as compared to the previous year.", THURSDAY, date(2015, 1, 1), date(2015, 12, 31)),
        # the verb nearest before the mention sets the tense, not a later clause's
        ("The group met on July 3-4 and will meet again soon.", THURSDAY, date(2025, 7, 3), date(2025, 7, 4)),
        # "last Thursday" on a Thursday is a week ago; "next Monday" is ahead
        ("Talks held last Thursday were useful.", THURSDAY, date(2025, 7, 3), date(2025, 7, 3)),
        ("They meet next Monday.", THURSDAY, date(2025, 7, 14), date(2025, 7, 14)),
        ("The summit is scheduled for mid-October.", THURSDAY, date(2025, 10, 11), date(2025, 10, 20)),
        # "held" inside "to be held" is not a past verb
        (
            "They prepared the council meeting to be held in February.",
            date(2025, 1, 20),
            date(2025, 2, 1),
            date(2025, 2, 28),
        ),
        ("He welcomed direct flights starting in June.", date(2024, 3, 14), date(2024, 6, 1), date(2024, 6, 30)),
        (
            "Exports rose in the first nine months of this year.",
            date(2024, 11, 27),
            date(2024, 1, 1),
            date(2024, 9, 30),
        ),
        ("Exports fell in the first half of last year.", date(2024, 11, 27), date(2023, 1, 1), date(2023, 6, 30)),
        # an intent before the date points ahead; after it, the date is when it was agreed
        ("They agreed to run two trains a month from March.", date(2025, 1, 15), date(2025, 3, 1), date(2025, 3, 31)),
        ("In March the sides agreed to meet again.", date(2025, 7, 15), date(2025, 3, 1), date(2025, 3, 31)),
        # "today" with an event is the day, even in the present tense
        ("Today the ministers are meeting in Ankara.", THURSDAY, THURSDAY, THURSDAY),
    ],
)
def test_relative_forms_resolve_against_the_publication_date(text, pub, start, end):
    found = [v for v in values(text, pub) if v[1] == start]
    assert found and found[0][2] == end


def test_relative_dates_stay_null_without_a_publication_date():
    (found,) = values("The ministers met on Wednesday.", pub=None)
    assert found[0] == "Wednesday" and found[1] is None and found[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "The two countries share a 30-year friendship.",
        "The 11th session of the commission opened.",
        "Trade stood at $2023 million.",
        "The plant produces 2,000 megawatts.",
        "Relations have grown over the years and will grow soon.",
        "Today the relations are close.",
        "Today the two countries work closely at the United Nations.",
        "The meeting began at 10:30.",
        "Delegations will meet in the coming weeks to finalise it.",  # plural units are vague
        "In the coming months both sides will host the council.",
    ],
)
def test_what_is_not_a_date_stays_out(text):
    assert values(text) == []


def test_a_month_with_last_or_this_year_is_one_mention():
    # the preposition before the month does not split "March last year" into a month and a year
    text = "The envoy came in March last year, and the fair opens in October next year."
    assert values(text) == [
        ("March last year", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("October next year", date(2026, 10, 1), date(2026, 10, 31), "month"),
    ]
    assert [(d.text, d.date_start) for d in extract_dates(text, None)] == [
        ("March last year", None),
        ("October next year", None),
    ]


def test_a_dateline_span_is_skipped():
    text = "ISLAMABAD, Oct 29 (APP): Trade rose in 2022."
    assert [d.text for d in extract_dates(text, date(2023, 10, 29), skip=((11, 17),))] == ["2022"]


def test_offsets_point_at_the_mention():
    text = "Leaders met on Friday and agreed on a plan for 2030."
    for mention in extract_dates(text, THURSDAY):
        assert text[mention.char_start : mention.char_end] == mention.text


WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SENTENCES = st.one_of(
    st.builds(lambda w: f"They met on {w}.", st.sampled_from(WEEKDAY_NAMES)),
    st.builds(lambda w: f"They will meet on {w}.", st.sampled_from(WEEKDAY_NAMES)),
    st.builds(lambda m: f"Talks were held in {m}.", st.sampled_from(MONTH_NAMES)),
    st.builds(lambda m, d: f"The deal was signed on {m} {d}.", st.sampled_from(MONTH_NAMES), st.integers(1, 28)),
    st.builds(
        lambda w, u: f"Trade rose {w} {u}.",
        st.sampled_from(["last", "this", "next"]),
        st.sampled_from(["week", "month", "year"]),
    ),
    st.builds(lambda y, n: f"The plan runs {y}-{y + n}.", st.integers(1950, 2080), st.integers(1, 9)),
)
PUBLICATION_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=300, deadline=None)
@given(sentence=SENTENCES, pub=PUBLICATION_DATES)
def test_normaliser_invariants(sentence, pub):
    first = extract_dates(sentence, pub)
    assert first, sentence
    for mention in first:
        assert mention.date_start <= mention.date_end
        if mention.granularity == "day" and "-" not in mention.text:
            assert mention.date_start == mention.date_end
        if mention.granularity == "week":
            assert mention.date_end - mention.date_start == timedelta(days=6)
    assert extract_dates(sentence, pub) == first  # deterministic
