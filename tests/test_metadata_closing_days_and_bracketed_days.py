"""A release's closing place and day above the page's share bar and links (`Tokyo` / `15 January 2016` / `Share:
Facebook | Twitter | Print`), in the languages read (`Dakar` / `le 15 janvier 2016`), and a day with its year in
brackets that opens the body (`(15/01/2016) The two ...`): the day of publication. Days of other stories listed
under a related label are none (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

HEADLINE = "Kenya and Uganda agree to extend the oil pipeline"
BODY = (
    "The two governments agreed on Tuesday to widen cooperation in farming, shipping and solar power, officials "
    "said after the talks ended in the capital.\n\nThe ministers also discussed a new rail link and a power line.\n"
)
DAY = date(2016, 1, 15)
CLOSINGS = [
    ("Tokyo", "15 January 2016"),
    ("New Delhi", "January 15, 2016"),
    ("Nairobi", "15th January, 2016"),
    ("Lima", "15 de enero de 2016"),
    ("Dakar", "le 15 janvier 2016"),
    ("Brasília", "15 de janeiro de 2016"),
    ("Colombo", "15.01.2016"),
]
FURNITURE = [
    "",
    "\n\nShare: Facebook | Twitter | Print",
    "\n\nFacebook | Twitter | WhatsApp\nBack to top",
    "\n\nhttps://www.example.org/news/pipeline-talks",
]


@pytest.mark.parametrize("furniture", FURNITURE)
@pytest.mark.parametrize(("place", "day"), CLOSINGS)
def test_a_closing_place_and_day_above_the_page_furniture(place, day, furniture):
    text = f"{HEADLINE}\n\n{BODY}\n{place}\n{day}{furniture}\n"
    assert extract_metadata(text).publication_date == DAY


@pytest.mark.parametrize("day", ["(15/01/2016)", "(15.01.2016)", "(15 January 2016)", "[15/01/2016]", "(15/01/2016) -"])
def test_a_bracketed_day_opening_the_body(day):
    assert extract_metadata(f"{HEADLINE}\n\n{day} {BODY}").publication_date == DAY


@pytest.mark.parametrize(
    "related",
    [
        "Related: Ports deal signed with the Gulf investors (3 March 2015)",
        "Lire aussi : Accord sur le port de Dakar signé (03/03/2015)",
        "Related stories\nPorts deal signed with the Gulf investors\n3 March 2015",
    ],
)
def test_a_related_story_s_day_at_the_end_is_none(related):
    assert extract_metadata(f"{HEADLINE}\n\n{BODY}\n{related}\n").publication_date is None
    assert extract_metadata(f"{HEADLINE}\n15 January 2016\n\n{BODY}\n{related}\n").publication_date == DAY
