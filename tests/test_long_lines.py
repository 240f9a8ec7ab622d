"""Articles written on one huge line: the line around a position is bounded, and a line's menu test splits it
once instead of retrying a pattern at every start (the build's budget used to quarantine such articles)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from pipelines.extract.spans import line_around


def test_a_short_line_is_given_whole_without_its_breaks():
    text = "Menu\nMinister Visits Port Louis For Trade Talks\nThe minister arrived on Monday."
    start, end = line_around(text, text.index("Port"))
    assert text[start:end] == "Minister Visits Port Louis For Trade Talks"


def test_the_first_and_last_lines_reach_the_text_edges():
    text = "Opening line here\nClosing line"
    assert line_around(text, 3) == (0, 17)
    assert line_around(text, len(text) - 1) == (18, len(text))


def test_a_huge_line_gives_a_bounded_window_around_the_position():
    sentence = "Envoy Amara Diallo met traders in the port city and spoke of grain prices. "
    text = sentence * 4000
    position = len(text) // 2
    start, end = line_around(text, position)
    assert start <= position < end
    assert end - start <= 1200
    assert line_around(text, 5) == (0, 605)


@pytest.mark.parametrize("separator", [" | ", " · ", " • "])
def test_a_menu_line_above_the_headline_is_still_skipped(separator):
    menu = separator.join(["Home", "World", "Business", "Sport"])
    text = f"{menu}\nPort Deal Signed As Leaders Meet In Accra\nACCRA, May 3 - Ghana and Japan signed a port deal.\n"
    assert extract_metadata(text).title == "Port Deal Signed As Leaders Meet In Accra"


def test_a_page_on_one_huge_line_gets_its_metadata():
    text = "Ghana and Japan signed a port deal in Accra on Monday, officials said. " * 3000
    assert extract_metadata(text).title is None
