"""Dates of archived wire copy (business dailies, agency wires, broadcast transcripts of the late 20th century),
on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub)]


@pytest.mark.parametrize(
    "text, published",
    [
        # a state's abbreviation after the city, then a double dash
        (
            "NYT881104-0012\nMill Town Votes on Bond\nPORTLAND, Ore., Nov. 3, 1988 -- Voters in the county approved "
            "a bond issue for the new bridge by a wide margin on Tuesday night.\n",
            date(1988, 11, 3),
        ),
        (
            "Refinery Fire Contained\nLAKE CHARLES, La., Feb. 9, 1991 -- Firefighters put out a blaze at the plant "
            "after working through the night, the company said.\n",
            date(1991, 2, 9),
        ),
        # the agency's underscore dash
        (
            "APW970311-0107\nStrike Ends\nDETROIT, March 11, 1997 (AP) _ Workers at two parts plants voted to end "
            "their walkout and return to the assembly lines.\n",
            date(1997, 3, 11),
        ),
        (
            "Court Rules on Fees\nBOSTON, Mass., Jan. 22, 1999 (AP) _ The state's highest court said the fees were "
            "lawful and sent the case back to a lower court.\n",
            date(1999, 1, 22),
        ),
    ],
)
def test_a_wire_dateline_with_a_state_abbreviation_or_an_underscore_dash(text, published):
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "dateline")


def fiscal(text, pub, mention):
    (found,) = [(d.date_start, d.date_end) for d in extract_dates(text, pub) if d.text == mention]
    return found


@pytest.mark.parametrize(
    "text, pub, mention, expected",
    [
        # a company's fiscal year stated in the sentence, or in the one before or after: its years and parts
        (
            "Orbis Mills, whose fiscal year ends Feb. 28, said profit in the second quarter of fiscal 1991 rose 8% "
            "in Washington.",
            date(1990, 10, 2),
            "the second quarter of fiscal 1991",
            (date(1990, 6, 1), date(1990, 8, 31)),
        ),
        (
            "Officials in Washington said the hospital fund would run dry in fiscal 1993. The county's fiscal "
            "year begins July 1.",
            date(1992, 3, 2),
            "fiscal 1993",
            (date(1992, 7, 1), date(1993, 6, 30)),
        ),
        (
            "Brightway, of Dallas, earned $12 million in fiscal 1989, which ended April 30. For the first nine "
            "months of fiscal 1990, it earned $10 million.",
            date(1990, 3, 1),
            "the first nine months of fiscal 1990",
            (date(1989, 5, 1), date(1990, 1, 31)),
        ),
        # a state that names its fiscal years by their first year ends the one said to have ended in the next
        (
            "TOKYO -- Hoshino Motor, a Japanese carmaker, said profit for fiscal 1996, which ended March 31, rose "
            "5% on exports.",
            date(1997, 5, 20),
            "fiscal 1996",
            (date(1996, 4, 1), date(1997, 3, 31)),
        ),
    ],
)
def test_the_fiscal_year_a_company_states(text, pub, mention, expected):
    assert fiscal(text, pub, mention) == expected


def test_a_fiscal_year_stated_far_away_is_another_owner_s():
    text = (
        "Orbis Mills's fiscal year ends June 30. Its shares rose in Washington trading. Analysts were pleased. "
        "They expect more gains. The Labor Department's staff grew in fiscal 1995."
    )
    assert fiscal(text, date(1996, 2, 1), "fiscal 1995") == (date(1994, 10, 1), date(1995, 9, 30))


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # a relative clause set off by a comma names its day apart from the period
        (
            "Delmar Corp. said profit for its second fiscal quarter, which ended Dec. 31, doubled.",
            date(1990, 1, 20),
            [
                ("its second fiscal quarter", date(1989, 10, 1), date(1989, 12, 31)),
                ("Dec. 31", date(1989, 12, 31), date(1989, 12, 31)),
            ],
        ),
        (
            "Sales in the first six months, which ended June 30, rose 4%.",
            date(1991, 8, 1),
            [
                ("six months", date(1991, 1, 1), date(1991, 6, 30)),
                ("June 30", date(1991, 6, 30), date(1991, 6, 30)),
            ],
        ),
        # a period with no words of its own is only its edge; one that ends is under way
        (
            "The ministry's budget for the fiscal year, which ends in June, was cut.",
            date(2022, 12, 5),
            [("in June", date(2023, 6, 1), date(2023, 6, 30))],
        ),
    ],
)
def test_a_period_and_the_day_a_relative_clause_says_it_ended(text, pub, expected):
    assert values(text, pub) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # no word of tense: a day or month a few months ahead beats the one most of a year back
        ("The judge set the hearing for June 3.", date(1993, 3, 25), date(1993, 6, 3)),
        ("The likeliest date for a vote is mid-November.", date(1994, 8, 30), date(1994, 11, 1)),
        # a future word read from elsewhere in the sentence: a day a few weeks back beats one most of a year ahead
        (
            "The crew is due to fly on Sunday, after an attempt on May 2 was called off because of wind.",
            date(1996, 5, 20),
            date(1996, 5, 2),
        ),
        (
            "His majority, confirmed by the board on Oct. 30, would shrink under the new count.",
            date(1999, 11, 12),
            date(1999, 10, 30),
        ),
        # the end of a span that was set: a few weeks ahead, not most of a year back
        ("The council extended the truce until Feb. 28 on Monday.", date(1995, 2, 10), date(1995, 2, 28)),
    ],
)
def test_a_day_most_of_a_year_away_loses_to_the_same_day_near_publication(text, pub, expected):
    starts = [d.date_start for d in extract_dates(text, pub) if d.granularity in {"day", "month"}]
    assert expected in starts


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # the weekday written with a day tells its year
        ("Officials said no ruling was likely before the final on Sunday, Sept. 7.", date(1997, 9, 1), 1997),
        ("The fair opens Friday, Jan. 5, and runs a week.", date(2000, 12, 20), 2001),
        ("The pact was signed on Monday, Dec. 29.", date(1998, 1, 8), 1997),
    ],
)
def test_a_weekday_before_a_day_without_year_tells_the_year(text, pub, expected):
    (found,) = [d.date_start for d in extract_dates(text, pub) if d.granularity == "day"]
    assert found.year == expected


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators hope to close the deal before Christmas.",
        "Retailers stocked up for the Christmas season.",
        "Fireworks are banned on New Year's Eve in the capital.",
    ],
)
def test_a_named_day_is_no_date(text):
    assert values(text, date(1995, 11, 20)) == []


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        (
            "The two sides bargained in Chicago on Monday and Tuesday.",
            date(2001, 3, 8),
            [("on Monday and Tuesday", date(2001, 3, 5), date(2001, 3, 6))],
        ),
        (
            "The storm hit the islands last Friday and Saturday.",
            date(1996, 9, 10),
            [("last Friday and Saturday", date(1996, 9, 6), date(1996, 9, 7))],
        ),
        (
            "The envoys met on Monday and again on Thursday.",
            date(2001, 3, 8),
            [("on Monday", date(2001, 3, 5), date(2001, 3, 5)), ("on Thursday", date(2001, 3, 8), date(2001, 3, 8))],
        ),
    ],
)
def test_two_weekdays_joined_by_and_are_one_span_when_they_follow(text, pub, expected):
    assert values(text, pub) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # a season a span runs into or until lies ahead (or is under way)
        (
            "Traders are wary heading into autumn.",
            date(1992, 8, 18),
            [("into autumn", date(1992, 9, 1), date(1992, 11, 30))],
        ),
        (
            "Officials say the plant stays shut until the spring.",
            date(1993, 1, 12),
            [("until the spring", date(1993, 3, 1), date(1993, 5, 31))],
        ),
        # for the season: the one under way
        (
            "Many families are at the coast for the summer.",
            date(1994, 7, 6),
            [("for the summer", date(1994, 6, 1), date(1994, 8, 31))],
        ),
        # the Summer Games are no season
        ("Sydney will host the next Summer Games.", date(1996, 8, 5), []),
    ],
)
def test_seasons_of_wire_copy(text, pub, expected):
    assert values(text, pub) == expected
