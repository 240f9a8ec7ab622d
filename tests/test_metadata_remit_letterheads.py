"""A body's letterhead with its remit listed before its head word (`Joint Standing Committee on Treaties`, `Senate
Energy, Mines and Resources Committee`), perhaps with the kind of document after a dash (`... — Minutes of Evidence`),
gives way to the record's headline under it; with no headline under it, it stays what it was (texts written for these
tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The committee heard the Minister of Finance on the second reading of the budget, which foresees revenues of 9.1 "
    "billion and spending of 9.6 billion, with a deficit of 3 percent of output.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Parliament of Canada\nSenate Energy, Environment and Natural Resources Committee\n"
            "Report summary: Arctic shipping and the northern ports\nTabled 4 June 2019\n",
            "Report summary: Arctic shipping and the northern ports",
        ),
        (
            "National Assembly of Zambia\n"
            "Committee on Agriculture, Lands and Natural Resources — Minutes of Evidence\n\n"
            "Hearing on the fertiliser support programme for the 2018/19 season\nLusaka, 14 March 2018\n",
            "Hearing on the fertiliser support programme for the 2018/19 season",
        ),
        (
            "Legislative Assembly of Fiji\nStanding Committee on Foreign Affairs and Defence\n\n"
            "Review of the Fiji-Australia maritime agreement\n",
            "Review of the Fiji-Australia maritime agreement",
        ),
    ],
)
def test_the_headline_under_a_bodys_letterhead_is_the_title(head, title):
    assert extract_metadata(f"{head}\n{BODY}").title == title


def test_a_letterhead_alone_stays():
    text = "Senate Energy, Environment and Natural Resources Committee\n\n" + BODY
    assert extract_metadata(text).title == "Senate Energy, Environment and Natural Resources Committee"
