"""A page's date stamp followed by the printed paper's page or section (`Friday, March 5, 1993; Page A14`,
`Monday, 2 May 2011; Section B; Pg. 3`), or standing in brackets (`[ 8 July 2014 09:05 ]`, `(12.04.2016)`), dates
the article, and its date is no date mention of the story (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata

BODY = (
    "\n\nLIMA, Peru -- The two foreign ministers signed a fisheries accord on Thursday and agreed to meet again "
    "before the end of the year, officials said.\n"
)


@pytest.mark.parametrize(
    "head, published",
    [
        (
            "Andean Pact Talks Resume\n\nBy Carla Ruiz\nSpecial to the Post\nFriday, March 5, 1993; Page A14",
            date(1993, 3, 5),
        ),
        ("Andean Pact Talks Resume\nMonday, 2 May 2011; Section B; Pg. 3", date(2011, 5, 2)),
        ("Andean Pact Talks Resume\n\n[ 8 July 2014 09:05 ]", date(2014, 7, 8)),
        ("Andean Pact Talks Resume\n\n(12.04.2016)", date(2016, 4, 12)),
    ],
)
def test_a_stamp_with_its_page_or_in_brackets_dates_the_article(head, published):
    text = head + BODY
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")
    assert meta.title == "Andean Pact Talks Resume"
    found = extract_dates(text, meta.publication_date, meta.skip_spans)
    assert [d.text for d in found] == ["on Thursday", "the end of the year"]
