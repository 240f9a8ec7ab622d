"""Headlines and stamps of scraped page heads: a section label above the headline, a clock before the date,
reading prompts and markdown heading marks; all page heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The trade ministers of Vietnam and Laos agreed in Hanoi on Friday to cut fees at four border crossings, "
    "their ministries said in a joint statement.\n\n"
    "The new fees take effect next quarter, the statement said.\n"
)
_HEAD = "Vietnam and Laos cut fees at border crossings"


@pytest.mark.parametrize("label", ["Latest News", "Top Stories", "Most Read"])
def test_a_section_label_above_the_headline_leaves_it_the_headline(label):
    text = "Friday, 9 August 2019\n" + label + "\n\n" + _HEAD + "\n\n" + _BODY
    assert extract_metadata(text).title == _HEAD
    assert "Laos" in {actor.text for actor in extract_article(text).actors if actor.char_start < 100}


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 6:20 AM EDT, Fri August 9, 2019",
        "PUBLISHED: 06:20 BST, 9 August 2019 | UPDATED: 08:02 BST, 9 August 2019",
        "Published 6:20 pm, 9 August 2019",
    ],
)
def test_a_clock_before_the_date_of_a_stamp(stamp):
    for text in (stamp + "\n" + _HEAD + "\n" + _BODY, _HEAD + "\n" + stamp + "\n" + _BODY):
        meta = extract_metadata(text)
        assert meta.publication_date == date(2019, 8, 9)
        assert meta.title == _HEAD


@pytest.mark.parametrize(
    "head",
    [
        "ADVERTISEMENT\nScroll to continue with content\n",
        "Trending: Mekong floods, rice prices, ASEAN summit\n",
        "Continue reading\n",
    ],
)
def test_reading_prompts_and_trending_bars_are_no_headlines(head):
    assert extract_metadata(head + _HEAD + "\n9 August 2019\n" + _BODY).title == _HEAD


@pytest.mark.parametrize("mark", ["# ", "## "])
def test_a_markdown_heading_mark_is_not_part_of_the_headline(mark):
    assert extract_metadata(mark + _HEAD + "\n\n9 August 2019\n\n" + _BODY).title == _HEAD
