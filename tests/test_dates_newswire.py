"""Date forms of business and wire reporting (quarters, year-earlier comparisons, coordinated days), on
sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1998, 2, 26)


def values(text, pub=THURSDAY):
    return [(d.text, d.date_start, d.date_end, d.granularity) for d in extract_dates(text, pub)]


Q3_1997 = (date(1997, 7, 1), date(1997, 9, 30), "quarter")
Q4_1997 = (date(1997, 10, 1), date(1997, 12, 31), "quarter")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year before the ordinal, with or without a possessive, is one mention with the quarter
        ("The firm lost money in 1997's fourth quarter.", [("1997's fourth quarter", *Q4_1997)]),
        ("Margins shrank in the 1997 fourth quarter.", [("the 1997 fourth quarter", *Q4_1997)]),
        ("Last year's fourth quarter was weak.", [("Last year's fourth quarter", *Q4_1997)]),
        # the adjective of an earnings report
        ("Fourth-quarter profit rose 10%.", [("Fourth-quarter", *Q4_1997)]),
        ("Third-quarter net income fell.", [("Third-quarter", *Q3_1997)]),
        ("Net rose in the fiscal fourth quarter.", [("the fiscal fourth quarter", *Q4_1997)]),
        ("Sales fell in the latest quarter.", [("the latest quarter", *Q4_1997)]),
        # ahead, the quarter under way is still to come
        (
            "The first quarter will be weak, the bank warned.",
            [("The first quarter", date(1998, 1, 1), date(1998, 3, 31), "quarter")],
        ),
        ("Second-half sales rose.", [("Second-half", date(1997, 7, 1), date(1997, 12, 31), "month")]),
        (
            "In the first nine months of the year, sales rose.",
            [("the first nine months of the year", date(1997, 1, 1), date(1997, 9, 30), "month")],
        ),
        (
            "Sales will recover in the second half of the year.",
            [("the second half of the year", date(1998, 7, 1), date(1998, 12, 31), "month")],
        ),
    ],
)
def test_quarters_and_halves_of_an_earnings_report(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text, compared",
    [
        # the comparison is with the period just said, a year before
        ("Profit rose to $5 million in the third quarter from $4 million a year earlier.", Q3_1997),
        ("The firm earned $5 million in the third quarter, up from $4 million a year ago.", Q3_1997),
        ("Net rose in the third quarter. A year earlier, it had fallen.", Q3_1997),
        ("Profit in the third quarter rose from the year-earlier period.", Q3_1997),
        ("Profit in the third quarter rose from the same period last year.", Q3_1997),
        ("Profit rose to $5 million in the third quarter from year-earlier net of $4 million.", Q3_1997),
    ],
)
def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before(text, compared):
    found = values(text)
    assert found[0][1:] == Q3_1997
    assert found[1][1:] == (date(1996, 7, 1), date(1996, 9, 30), "quarter")


def test_a_year_earlier_after_a_month_or_a_year():
    assert values("Exports fell 5% in January from a year earlier.")[1][1:] == (
        date(1997, 1, 1),
        date(1997, 1, 31),
        "month",
    )
    assert values("The plant opened in 1995. A year earlier, it was a field.")[1][1:] == (
        date(1994, 1, 1),
        date(1994, 12, 31),
        "year",
    )
    # `ago` counts from publication unless a figure is compared with it
    assert values("Sales rose in the third quarter; the plant was built two years ago.")[1][1:] == (
        date(1996, 1, 1),
        date(1996, 12, 31),
        "year",
    )
    # without a period said before, the same period last year is at least last year
    assert values("That compares with $5 million in the same period last year.") == [
        ("the same period last year", date(1997, 1, 1), date(1997, 12, 31), "year")
    ]


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        ("The ministers met on December 2 and 3 in Vienna.", THURSDAY, ("on December 2 and 3", 2, 3, 1997)),
        ("The summit was held on 12 and 13 December 1996.", THURSDAY, ("on 12 and 13 December 1996", 12, 13, 1996)),
    ],
)
def test_two_days_joined_by_and_are_one_span(text, pub, expected):
    mention, first, last, year = expected
    assert values(text, pub) == [(mention, date(year, 12, first), date(year, 12, last), "day")]


def test_a_count_after_and_is_not_a_second_day():
    # no word of tense ("died" after the day is none): the coming May 5, ten weeks ahead, not the one ten months back
    assert values("On May 5 and 6 people died.") == [("On May 5", date(1998, 5, 5), date(1998, 5, 5), "day")]


@pytest.mark.parametrize(
    "text, pub, day",
    [
        # a span under way at publication: the weekday nearest to it, whatever the tense
        ("The three-day visit starting Thursday, the leaders stated, was useful.", date(2019, 3, 23), 21),
        ("Tokyo has pledged 3 billion yen in the fiscal year ending Saturday.", date(2018, 3, 29), 31),
    ],
)
def test_a_weekday_that_starts_or_ends_a_span_is_the_nearest(text, pub, day):
    (found,) = [v for v in values(text, pub) if v[3] == "day"]
    assert found[1] == found[2] == date(pub.year, 3, day)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose in March of last year.", [("March of last year", date(1997, 3, 1), date(1997, 3, 31), "month")]),
        ("He came on March 3 of last year.", [("on March 3 of last year", date(1997, 3, 3), date(1997, 3, 3), "day")]),
        ("The new rule takes effect Jan. 1.", [("Jan. 1", date(1999, 1, 1), date(1999, 1, 1), "day")]),
        ("The trial resumes Monday.", [("Monday", date(1998, 3, 2), date(1998, 3, 2), "day")]),
        (
            "Profit rose in 1996 from the prior year.",
            [
                ("in 1996", date(1996, 1, 1), date(1996, 12, 31), "year"),
                ("the prior year", date(1995, 1, 1), date(1995, 12, 31), "year"),
            ],
        ),
        (
            "He arrived on Feb. 3. Later that week he met the king.",
            [
                ("on Feb. 3", date(1998, 2, 3), date(1998, 2, 3), "day"),
                ("Later that week", date(1998, 2, 2), date(1998, 2, 8), "week"),
            ],
        ),
        (
            "He was elected in 1990. Later in the year, he resigned.",
            [
                ("in 1990", date(1990, 1, 1), date(1990, 12, 31), "year"),
                ("Later in the year", date(1990, 1, 1), date(1990, 12, 31), "year"),
            ],
        ),
    ],
)
def test_relative_wire_phrasing(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia's Vision 2030 plan aims to diversify the economy.",
        "The bloc works in line with Agenda 2063 and the 2030 Agenda.",
    ],
)
def test_a_year_in_a_programme_name_is_no_date(text):
    assert values(text) == []


def test_months_listed_after_a_preposition_are_each_a_mention():
    assert values("Sales rose in January and February.") == [
        ("in January", date(1998, 1, 1), date(1998, 1, 31), "month"),
        ("February", date(1998, 2, 1), date(1998, 2, 28), "month"),
    ]
    # a list runs forward from its first month; a year at its end is the year of all of them
    assert [v[1] for v in values("Talks were held in November, December and January, the envoy said.")] == [
        date(1997, 11, 1),
        date(1997, 12, 1),
        date(1998, 1, 1),
    ]
    assert [v[1] for v in values("Sales rose in June, July and August 2023.")] == [
        date(2023, 6, 1),
        date(2023, 7, 1),
        date(2023, 8, 1),
    ]
    # "may" after "and" is a verb
    assert values("Sales rose in January and may fall.") == [
        ("in January", date(1998, 1, 1), date(1998, 1, 31), "month")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reserves fell to $5 billion at end-1997.", ("end-1997", date(1997, 1, 1), date(1997, 12, 31), "year")),
        ("Talks stalled over the summer.", ("over the summer", date(1997, 6, 1), date(1997, 8, 31), "season")),
        (
            "The plant will close by the end of the decade.",
            ("the end of the decade", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ),
        ("Prices soared in the late eighties.", ("the late eighties", date(1980, 1, 1), date(1989, 12, 31), "decade")),
        (
            "The talks were held in the second week of February.",
            ("the second week of February", date(1998, 2, 9), date(1998, 2, 15), "day"),
        ),
    ],
)
def test_edges_seasons_decades_and_weeks(text, expected):
    assert values(text) == [expected]


def test_a_weekday_listed_after_another_follows_it():
    assert values("He will visit Tokyo next Thursday and Friday.") == [
        ("next Thursday and Friday", date(1998, 3, 5), date(1998, 3, 6), "day"),
    ]
    assert values("He will visit Tokyo next Thursday and Sunday.") == [
        ("next Thursday", date(1998, 3, 5), date(1998, 3, 5), "day"),
        ("Sunday", date(1998, 3, 8), date(1998, 3, 8), "day"),
    ]


def test_a_comparison_is_with_the_period_reported_not_with_another_comparison():
    text = "Net rose in the third quarter from a year earlier. For the nine months, it rose from the year-ago period."
    assert [v[1:] for v in values(text)[1:]] == [
        (date(1996, 7, 1), date(1996, 9, 30), "quarter"),
        (date(1997, 1, 1), date(1997, 9, 30), "month"),  # the nine months to the quarter's end
        (date(1996, 1, 1), date(1996, 9, 30), "month"),  # the year-ago period of the nine months
    ]


@pytest.mark.parametrize(
    "text, fiscal, day",
    [
        # the months the article states win over the state's calendar, and the day lies in that fiscal year
        ("In fiscal 1996, which ended Sept. 30, the deficit rose.", (date(1995, 10, 1), date(1996, 9, 30)), 1996),
        ("In fiscal 1988, which ended June 30, the firm lost money.", (date(1987, 7, 1), date(1988, 6, 30)), 1988),
    ],
)
def test_a_day_in_the_sentence_of_a_fiscal_year_lies_in_it(text, fiscal, day):
    (year, ended) = values(text)
    assert year[1:3] == fiscal and ended[1].year == day


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analysts said stocks could test their August lows.", ("their August", 8)),
        ("The rate held at January's 4.7%.", ("January's", 1)),
        ("Voters went to the polls in the June elections.", ("the June", 6)),
    ],
)
def test_a_month_before_a_noun_or_as_a_possessive(text, expected):
    mention, month = expected
    ((found, start, _, granularity),) = values(text)
    assert (found, start.month, granularity) == (mention, month, "month")


@pytest.mark.parametrize("text", ["The May government fell.", "May's cabinet met.", "The March of progress."])
def test_may_and_a_month_before_of_are_no_month(text):
    assert values(text) == []


def test_today_compared_with_the_past_is_nowadays():
    assert values("The fund served twice as many people as it does today.") == []
    assert values("The hearing is today.") == [("today", THURSDAY, THURSDAY, "day")]


def test_a_past_perfect_expectation_is_past_and_the_90s_a_decade():
    assert values("Economists had expected the rate to hold in January.")[0][1] == date(1998, 1, 1)
    assert values("Prices soared in the 90s.") == [("90s", date(1990, 1, 1), date(1999, 12, 31), "decade")]
    assert values("He is in his 60s.") == []


NOV_2_1989 = date(1989, 11, 2)  # a Thursday


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of months named by its last day: the months up to it, in the nearest year on or before
        ("For the quarter ended Sept. 30, net rose.", ("quarter ended Sept. 30", date(1989, 7, 1), date(1989, 9, 30))),
        (
            "In the nine months to September, sales rose.",
            ("nine months to September", date(1989, 1, 1), date(1989, 9, 30)),
        ),
        (
            "Net rose in the third quarter ended Sept. 30.",
            ("third quarter ended Sept. 30", date(1989, 7, 1), date(1989, 9, 30)),
        ),
        # the end day decides which three months a fiscal quarter is
        (
            "Net rose in the fiscal first quarter ended Sept. 30.",
            ("first quarter ended Sept. 30", date(1989, 7, 1), date(1989, 9, 30)),
        ),
        (
            "It lost money in the fiscal year ended June 30.",
            ("the fiscal year ended June 30", date(1988, 7, 1), date(1989, 6, 30)),
        ),
        (
            "It lost money in the year ended June 30, 1988.",
            ("year ended June 30, 1988", date(1987, 7, 1), date(1988, 6, 30)),
        ),
        # named by its first day
        (
            "The plan covers the fiscal year beginning Oct. 1.",
            ("the fiscal year beginning Oct. 1", date(1989, 10, 1), date(1990, 9, 30)),
        ),
        # a week named by its last day is that week
        ("Output rose in the week ended Oct. 27.", ("week ended Oct. 27", date(1989, 10, 23), date(1989, 10, 29))),
        # a quarter named by its last month
        ("In the September quarter, exports rose.", ("September quarter", date(1989, 7, 1), date(1989, 9, 30))),
        (
            "Exports will rise in the March quarter of 1990.",
            ("March quarter of 1990", date(1990, 1, 1), date(1990, 3, 31)),
        ),
    ],
)
def test_a_span_named_by_its_edge_day_or_last_month(text, expected):
    ((mention, start, end, _),) = values(text, NOV_2_1989)
    assert (start, end) == expected[1:] and expected[0] in mention


def test_a_future_weekday_on_the_day_of_publication_is_that_day():
    # a wire story names its own day ("will meet Thursday" in Thursday's story) and the day after it
    assert [v[1:3] for v in values("The board will meet Thursday and Friday.", NOV_2_1989)] == [
        (date(1989, 11, 2), date(1989, 11, 3)),
    ]
    # "next Thursday" is still a week on
    assert values("The board will meet next Thursday.", NOV_2_1989)[0][1] == date(1989, 11, 9)


@pytest.mark.parametrize(
    "text, month",
    [
        ("The company expects to report fourth-quarter results in January.", date(1990, 1, 1)),
        ("Talks continued in October, officials said.", date(1989, 10, 1)),
    ],
)
def test_expects_to_points_ahead_and_a_market_verb_back(text, month):
    assert values(text, NOV_2_1989)[-1][1] == month


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a fiscal year counts from that year's first month (USA here: October)
        ("Profit in the first half of fiscal 1998 fell.", (date(1997, 10, 1), date(1998, 3, 31))),
        ("Sales rose in the third quarter of fiscal 1998.", (date(1998, 4, 1), date(1998, 6, 30))),
        # the month of a month
        ("Trade rose in the month of April.", (date(1989, 4, 1), date(1989, 4, 30))),
        # a month after `for` in a schedule, and a present tense of travel, point ahead
        ("The vote is set for March.", (date(1990, 3, 1), date(1990, 3, 31))),
        ("The minister is in Delhi and on Saturday flies to Dhaka.", (date(1989, 11, 4), date(1989, 11, 4))),
    ],
)
def test_fiscal_parts_months_and_schedules(text, expected):
    found = extract_dates(text, NOV_2_1989, fallback_fiscal_calendar="USA")
    assert [(d.date_start, d.date_end) for d in found] == [expected]


def test_a_month_with_a_possessive_keeps_it_but_may_s_is_a_name():
    assert values("Aid to recover from January's floods.", NOV_2_1989)[0][0] == "from January's"
    assert values("Support for May's deal fell.", NOV_2_1989) == []


def test_more_than_n_years_ago_is_no_calendar_year():
    assert values("More than twenty years ago, I led an inquiry.", NOV_2_1989) == []
    assert values("About two years ago, he left.", NOV_2_1989)[0][1] == date(1987, 1, 1)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In the first nine months, net rose 5%.", [(date(1989, 1, 1), date(1989, 9, 30))]),
        ("In the first six months of his term, he travelled.", []),
        ("Net rose in the three months ended in September.", [(date(1989, 7, 1), date(1989, 9, 30))]),
        (
            "Net rose in the third quarter from the prior quarter.",
            [(date(1989, 7, 1), date(1989, 9, 30)), (date(1989, 4, 1), date(1989, 6, 30))],
        ),
    ],
)
def test_the_first_months_a_month_ended_in_and_the_prior_quarter(text, expected):
    assert [v[1:3] for v in values(text, NOV_2_1989)] == expected


def test_a_mention_starts_at_the_word_on_as_the_spec_writes_it():
    # the same day said twice, "on Friday" and "earlier Friday", stays two mentions of one value (the modifier
    # starts its mention, as TIMEX3 spans it)
    found = values("The talks ended on Friday. Officials met earlier Friday.", NOV_2_1989)
    assert [v[0] for v in found] == ["on Friday", "earlier Friday"] and found[0][1:] == found[1][1:]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Net rose in the first half ended June 30.", ("the first half ended June 30", date(1989, 1, 1))),
        ("For their fiscal year ended June 30, net fell.", ("their fiscal year ended June 30", date(1988, 7, 1))),
        # a word before the noun that is no count or ordinal stays out of the mention
        ("Net rose in the record quarter ended Sept. 30.", ("quarter ended Sept. 30", date(1989, 7, 1))),
    ],
)
def test_the_words_before_an_edge_named_span_are_read_back(text, expected):
    assert [v[:2] for v in values(text, NOV_2_1989)] == [expected]
