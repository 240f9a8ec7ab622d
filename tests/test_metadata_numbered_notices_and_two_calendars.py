"""A document's type and number with the addressees it goes to, and a stamp that gives the day in two calendars, stand
above the headline and are none (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nFollowing the meeting held on Tuesday between the two ministers, the ministry informs service establishments "
    "that the last flights shall land no later than the fourth day of the month.\n"
)
TITLE = "Arrival windows and hall allocations for pilgrims from Malaysia"


@pytest.mark.parametrize(
    "notice",
    [
        "Notice No. 27/1438 to Hajj missions",
        "Circular No. 118 to all members",
        "Circulaire n° 118 aux membres",
        "Circular Nº 12/2019 a las entidades bancarias",
        "Circular n.º 45/2020 aos operadores portuários",
    ],
)
def test_a_numbered_notice_to_its_addressees_is_no_headline(notice):
    page = "MINISTRY OF HAJJ AND UMRAH\n" + notice + "\n3 August 2017\n\n" + TITLE + "\n" + BODY
    assert extract_metadata(page).title == TITLE


@pytest.mark.parametrize(
    "stamp",
    [
        "11 Dhu al-Qa'dah 1438 AH / 3 August 2017",
        "3 August 2017 / 11 Dhu al-Qa'dah 1438 H",
        "12 Mordad 1396 SH | 3 August 2017",
        "19 Shrawan 2074 BS / 3 August 2017",
        "27 Hamle 2009 E.C. / 3 August 2017",
    ],
)
def test_a_day_in_two_calendars_is_no_headline(stamp):
    page = "MINISTRY OF HAJJ AND UMRAH\nNotice No. 27/1438 to Hajj missions\n" + stamp + "\n\n" + TITLE + "\n" + BODY
    assert extract_metadata(page).title == TITLE


def test_a_headline_naming_a_number_and_its_partner_stays_a_headline():
    title = "Brazil's Trading Partner No. 1 to buy more soy"
    assert extract_metadata(title + "\n" + BODY).title == title
