"""A broadcast transcript's first line: the show's name in capitals, a colon and the segment's headline in sentence
case (`CBS EVENING NEWS: Kenya and Ethiopia sign border pact`) is the headline, the whole line; the show's name and
its network alone (`MORNING EDITION -- National Public Radio`) is no headline (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "JANE ROE, anchor: Good evening. Leaders from both countries met in the capital today and agreed to reopen "
    "talks on trade, water and transport links, officials said.\n\n"
    "JOHN DOE, reporter: The talks had stalled for nearly a year over tariffs on farm goods.\n"
)

SHOW_HEADLINES = [
    "CBS EVENING NEWS: Kenya and Ethiopia sign a border pact at last",
    "NPR MORNING EDITION: Chile lifts its curbs on copper exports to Asia",
    "BBC WORLD SERVICE: Talks on the Nile dam resume in Khartoum",
    "PBS NEWSHOUR: The trade deficit with China narrows for a third month",
    "VOICE OF AMERICA: Nigeria and Niger agree to reopen their shared border",
    "FOX NEWS SUNDAY: Senators weigh new sanctions on oil exports",
    "CNN INTERNATIONAL: Leaders gather in Jakarta for a regional summit",
    "ABC NIGHTLINE: A ceasefire holds in the south for a second day",
]


@pytest.mark.parametrize("line", SHOW_HEADLINES)
def test_a_show_name_then_a_headline_is_the_headline(line):
    text = f"{line}\n\n{BODY}"
    assert extract_metadata(text).title == line


@pytest.mark.parametrize("line", SHOW_HEADLINES[:4])
def test_after_a_date_header(line):
    text = f" date 1996-05-14 {line}\n\n{BODY}"
    assert extract_metadata(text).title == line


@pytest.mark.parametrize(
    "line",
    [
        "THE WORLD -- Public Radio International",
        "MORNING EDITION -- National Public Radio",
        "THE NEWSHOUR -- Public Broadcasting Service",
        "WORLD BUSINESS REPORT -- British Broadcasting Corporation",
        "AS IT HAPPENS -- Canadian Broadcasting Corporation",
        "THE WORLD TODAY -- Australian Broadcasting Corporation",
    ],
)
def test_a_show_and_its_network_is_no_headline(line):
    text = f"{line}\nAir date: May 14, 1996\n\n{BODY}"
    assert extract_metadata(text).title is None


def test_a_city_lead_in_capitals_stays_the_body():
    text = "NAIROBI: Kenya and Ethiopia signed a border pact on Tuesday after two years of talks.\n\n" + BODY
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(
    "label", ["Segment: Ghana's cocoa deal", "Show: World Business Report", "Program: The week in Asia"]
)
def test_a_transcript_label_line_is_no_headline(label):
    text = f"THE WORLD -- Public Radio International\nAir date: May 14, 1996\n{label}\n\n{BODY}"
    assert extract_metadata(text).title is None
