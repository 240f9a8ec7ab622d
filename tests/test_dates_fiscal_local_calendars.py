"""Fiscal years of states whose year starts mid-month: Nepal's from mid-July (Shrawan 1, on 15 to 17 July by the
year), often named in its own Bikram Sambat era (`fiscal year 2080/81`), and Iran's from 21 March (sentences written
for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def found(text: str, pub: date) -> dict[str, tuple[str, str]]:
    return {d.text: (d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub)}


@pytest.mark.parametrize(
    ("text", "pub", "mention", "expected"),
    [
        (
            "Nepal's budget for fiscal year 2023/24 sets aside Rs 302 billion for roads.",
            date(2023, 5, 29),
            "fiscal year 2023/24",
            ("2023-07-17", "2024-07-15"),
        ),
        (
            "Remittances to Nepal topped Rs 1,200 billion in the last fiscal year, the central bank in Kathmandu said.",
            date(2024, 8, 20),
            "the last fiscal year",
            ("2023-07-17", "2024-07-15"),
        ),
        (
            "KATHMANDU, Oct 3: The government has spent only 8% of its capital budget this fiscal year.",
            date(2022, 10, 3),
            "this fiscal year",
            ("2022-07-17", "2023-07-16"),
        ),
        (
            "Nepal aims at 6% growth in the fiscal year 2081/82, the finance minister told parliament.",
            date(2024, 5, 28),
            "the fiscal year 2081/82",
            ("2024-07-16", "2025-07-16"),
        ),
        (
            "Nepali exporters shipped carpets worth Rs 9 billion in FY 2079/80.",
            date(2023, 9, 2),
            "FY 2079/80",
            ("2022-07-17", "2023-07-16"),
        ),
        (
            "Iran's oil exports rose in the last fiscal year, which ended March 20, the oil ministry in Tehran said.",
            date(2023, 4, 10),
            "the last fiscal year",
            ("2022-03-21", "2023-03-20"),
        ),
        (
            "Iran's parliament will debate the budget for the next fiscal year in February.",
            date(2023, 1, 10),
            "the next fiscal year",
            ("2023-03-21", "2024-03-20"),
        ),
    ],
)
def test_a_fiscal_year_follows_the_local_calendar(text, pub, mention, expected):
    assert found(text, pub)[mention] == expected


@pytest.mark.parametrize(
    ("text", "pub", "mention", "expected"),
    [
        # India's figure in rupees of India: India's year, though Nepal is named
        (
            "India's aid to Nepal stands at ₹1,050 crore for 2019-20, the budget papers in New Delhi show.",
            date(2019, 7, 12),
            "2019-20",
            ("2019-04-01", "2020-03-31"),
        ),
        # a common year far ahead stays a common year
        (
            "Nepal hopes to graduate from the least developed countries by fiscal year 2030/31.",
            date(2024, 2, 1),
            "fiscal year 2030/31",
            ("2030-07-17", "2031-07-16"),
        ),
        # Ethiopia keeps its 8 July
        (
            "Ethiopia plans to collect 500 billion birr in the 2023/24 fiscal year.",
            date(2023, 6, 15),
            "the 2023/24 fiscal year",
            ("2023-07-08", "2024-07-07"),
        ),
    ],
)
def test_other_states_and_common_years_are_unchanged(text, pub, mention, expected):
    assert found(text, pub)[mention] == expected


@pytest.mark.parametrize(
    ("text", "pub", "mention", "expected"),
    [
        # a year of Nepal's own era in a sentence that names no state is Nepal's, the article's state with that era
        (
            "KATHMANDU: Nepal's customs office at Tatopani reopened on Monday.\n"
            "Exports through the border point rose to Rs 3.1 billion in fiscal year 2077/78, officials said.",
            date(2021, 8, 10),
            "fiscal year 2077/78",
            ("2020-07-16", "2021-07-15"),
        ),
        # the months said after it are that era's year's end, in common terms: the state's own calendar wins
        (
            "Nepal's carpet makers gained orders. Shipments reached Rs 8 billion in fiscal year 2078/79, which ended on"
            " July 16, the association said.",
            date(2022, 9, 1),
            "fiscal year 2078/79",
            ("2021-07-16", "2022-07-16"),
        ),
        # and a day said after it takes the common year, not the era's
        (
            "Nepal's carpet makers gained orders. Shipments reached Rs 8 billion in fiscal year 2078/79, which ended on"
            " July 16, the association said.",
            date(2022, 9, 1),
            "on July 16",
            ("2022-07-16", "2022-07-16"),
        ),
        # an article that names no state with an era of its own keeps the year as written
        (
            "India's finance ministry set out its plans for fiscal year 2075/76 in a long-range paper.",
            date(2019, 7, 26),
            "fiscal year 2075/76",
            ("2075-04-01", "2076-03-31"),
        ),
    ],
)
def test_a_year_only_a_states_own_era_can_name_is_that_states(text, pub, mention, expected):
    assert found(text, pub)[mention] == expected
