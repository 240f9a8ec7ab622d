"""Page heads above a release or a story: an issuing office's banner and its spokesman's office, a menu split by
middle dots or bullets, and an outlet's name before its stamp; all page heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The trade ministers of Chile and Vietnam met in Santiago on Tuesday and agreed to open talks on a wider "
    "economic partnership, officials said after the meeting.\n\n"
    "A second paragraph sets out which goods the talks will cover first and when the next round is due.\n"
)
_HEAD = "Chile and Vietnam agree to open partnership talks"


@pytest.mark.parametrize(
    "banner",
    [
        "U.S. Department of Commerce\nOffice of the Spokesperson",
        "Prime Minister of New Zealand",
        "Government of Ghana\nOffice of the Press Secretary",
        "President of the Republic of Chile",
    ],
)
def test_an_issuing_office_above_the_headline_is_not_the_title(banner):
    meta = extract_metadata(banner + "\n\n" + _HEAD + "\n\nMay 14, 2019\n\n" + _BODY)
    assert meta.title == _HEAD
    assert meta.publication_date == date(2019, 5, 14)


@pytest.mark.parametrize(
    "menu",
    [
        "Pacific Trade Daily · Markets · Energy · Ports · Opinion",
        "Andes Report • Politics • Business • Mining",
    ],
)
def test_a_menu_split_by_dots_or_bullets_is_not_the_title(menu):
    meta = extract_metadata(menu + "\n" + _HEAD + "\nPosted: May 14, 2019\n\n" + _BODY)
    assert meta.title == _HEAD


def test_an_outlet_before_its_stamp_under_a_share_bar_is_not_the_title():
    page = _HEAD + "\n\nShare | Tweet | Email | Print\nAndes Report , Tuesday 14 May 2019\n\n" + _BODY
    assert extract_metadata(page).title == _HEAD


def test_a_page_type_label_before_a_short_headline_still_gives_it():
    # the headline line as printed, its type label with it (`News story: Summit 2019`)
    page = "News story: Chile-Vietnam Summit 2019\n\n\n" + _BODY
    assert extract_metadata(page).title == "News story: Chile-Vietnam Summit 2019"
