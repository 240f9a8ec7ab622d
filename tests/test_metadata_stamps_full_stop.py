"""A page's date stamp that ends in a full stop (`Press statement | 21.06.2016.`, `17.02.2012.` alone on its
line, as pages that write dates in the Central European way print them) dates the article (texts written for the
class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata

BODY = (
    "\n\nGrant For Water Works Signed\n\nThe deputy minister yesterday signed a grant agreement worth 12 million "
    "euros for the water supply network of three towns in the north.\n"
)


@pytest.mark.parametrize(
    "head, published",
    [
        ("Office of the Prime Minister\n\nPress statement | 21.06.2016.", date(2016, 6, 21)),
        ("Ministry of Finance\n\n17.02.2012.", date(2012, 2, 17)),
        ("News | 4 March 2019.", date(2019, 3, 4)),
    ],
)
def test_a_stamp_ending_in_a_full_stop_dates_the_article(head, published):
    text = head + BODY
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")
    found = extract_dates(text, meta.publication_date, meta.skip_spans)
    assert [(d.text, d.date_start) for d in found] == [("yesterday", published.fromordinal(published.toordinal() - 1))]
