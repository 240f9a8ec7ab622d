"""A transcript's or archive's labelled lines (`BYLINE: Jane Roe, Kiev`, `LENGTH: 812 words`) and a show's name
after a network in capitals (`VOICE OF AMERICA -- CORRESPONDENT REPORT`) are page furniture, not the headline
(texts written for the class)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "INTRO: Ukraine's parliament has again put off a vote on the grain accord, and lawmakers say they want more "
    "money for storage first.\n\nTEXT: The speaker told deputies on Tuesday that the vote would wait.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "VOICE OF AMERICA -- CORRESPONDENT REPORT\n\nBYLINE: Jane Roe, Kiev\n",
        "VOA -- NEWS ANALYSIS\n\nBYLINE: Jane Roe, Kiev\n",
        "LENGTH: 812 words\nBYLINE: Jane Roe, Kiev and Oleh Marchenko\n",
    ],
)
def test_labelled_transcript_lines_are_no_headline(head):
    assert extract_metadata(head + BODY).title is None


def test_the_headline_above_them_is_kept():
    text = "Grain Vote Put Off Again in Kiev\n\nBYLINE: Jane Roe, Kiev\n" + BODY
    assert extract_metadata(text).title == "Grain Vote Put Off Again in Kiev"
