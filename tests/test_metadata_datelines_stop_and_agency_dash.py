"""Datelines that set the date apart from a city in capitals with a full stop (`ASTANA. September 13, 2012.
WIRE`) or with the agency and a spaced dash (`ANKARA (Wire) - 12.06.2008 - The ...`): the article's publication
date. A sentence's capitalised words before a stop are no city. Sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "ASTANA. September 13, 2012. NEWSWIRE\n\nKazakhstan's satellite will ship from France next year, "
            "the agency said on Monday.\n",
            date(2012, 9, 13),
        ),
        (
            "Portal | News | Economy\n\nBISHKEK. 5 March 2019. WIRE\n\nKyrgyzstan and Uzbekistan signed a trade pact "
            "on Tuesday, officials said.\n",
            date(2019, 3, 5),
        ),
        ("NEW DELHI. 2 May 2017. India and Nepal signed four power accords on Tuesday.\n", date(2017, 5, 2)),
        (
            "ANKARA (Wire) - 12.06.2008 - Turkey and Iraq agreed on Wednesday to set up a council, officials said.\n",
            date(2008, 6, 12),
        ),
        (
            "TASHKENT (Wire) - 03.04.2015 - Uzbekistan and Korea signed twelve deals worth $4 billion on Friday.\n",
            date(2015, 4, 3),
        ),
    ],
)
def test_a_city_in_capitals_then_a_stop_or_its_agency_and_a_dash(text, day):
    found = extract_metadata(text)
    assert found.publication_date == day
    assert found.publication_date_source in ("dateline", "stamp")


def test_a_sentence_before_a_stop_is_no_dateline():
    found = extract_metadata("Rice exports. 2 May 2017. India and Nepal signed four power accords on Tuesday.\n")
    assert found.publication_date is None
