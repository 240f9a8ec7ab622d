"""Publication dates: a release's kind labels its day as a stamp's label does (`Media release, 9 October 2009`),
a stamp's clock may carry its time zone's offset (`7:42 PM GMT+3, June 30, 2021`), and a printed paper's credit
line at the foot dates it (`Amman Chronicle, page 3, 5 February 2019`). Pages written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

PAGE = "Ministry of Trade | Newsroom\n\n{headline}\n\n{stamp}\n\n{body}\n"

STAMPED = [
    ("Media release, 9 October 2009", date(2009, 10, 9)),
    ("Press release, 14 March 2016", date(2016, 3, 14)),
    ("Media statement, 2 July 2021", date(2021, 7, 2)),
    ("News release 30 November 2012", date(2012, 11, 30)),
    ("Comunicado de prensa, 5 de mayo de 2018", date(2018, 5, 5)),
    ("Communiqué de presse, 21 juin 2022", date(2022, 6, 21)),
    ("Nota à imprensa, 3 de agosto de 2015", date(2015, 8, 3)),
    ("Published 7:42 PM GMT+3, June 30, 2021", date(2021, 6, 30)),
    ("Updated 10:05 UTC+05:30, 3 March 2020", date(2020, 3, 3)),
    ("Posted 08:15 GMT-5, January 12, 2011", date(2011, 1, 12)),
]


@pytest.mark.parametrize(("stamp", "day"), STAMPED)
def test_a_release_kind_or_a_zone_offset_before_the_day_dates_the_page(stamp, day):
    page = PAGE.format(
        headline="Nairobi and Addis Ababa agree on a new border market",
        stamp=stamp,
        body="The two governments signed the agreement on Tuesday, the ministry said.",
    )
    found = extract_metadata(page)
    assert found.publication_date == day
    assert found.title == "Nairobi and Addis Ababa agree on a new border market"


def test_a_release_kind_in_a_sentence_is_no_stamp():
    page = PAGE.format(
        headline="Lima and Quito open a new crossing",
        stamp="The press release, issued on 4 May 2017 in Lima, named the two ministers.",
        body="Officials said the crossing would open next year.",
    )
    assert extract_metadata(page).publication_date != date(2017, 5, 4)


FOOT = (
    "Lima and Quito open a new crossing\n\nLIMA — Officials of the two states opened the crossing on Saturday, "
    "the ministry said.\n\nTrade across it is expected to double.\n\n{credit}\n"
)


@pytest.mark.parametrize(
    ("credit", "day"),
    [
        ("Amman Chronicle, page 3, 5 February 2019", date(2019, 2, 5)),
        ("El Diario, página 12, 3 de marzo de 2018", date(2018, 3, 3)),
        ("The Andes Herald, Page A4, Monday, June 3, 2013", date(2013, 6, 3)),
        ("Le Quotidien, page 5, 21 juin 2022", date(2022, 6, 21)),
    ],
)
def test_a_papers_credit_line_at_the_foot_dates_the_page(credit, day):
    assert extract_metadata(FOOT.format(credit=credit)).publication_date == day


def test_a_page_and_a_day_in_a_sentence_at_the_foot_date_nothing():
    assert extract_metadata(FOOT.format(credit="See page 3, 5 February 2019")).publication_date is None
