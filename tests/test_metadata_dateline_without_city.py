"""A body that opens with a date with its year and a dash, no city before it (`2 March 2012 – The ...`), dates the
article like a dateline; the date is no mention (texts written for the class)."""

from datetime import date

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata

TEXT = (
    "Agency pledges more aid for flood victims\n\n"
    "14 September 2011 – The agency said on Tuesday it would double its food aid to the flooded provinces.\n"
)


def test_a_date_and_a_dash_open_the_body():
    meta = extract_metadata(TEXT)
    assert (meta.publication_date, meta.publication_date_source) == (date(2011, 9, 14), "dateline")
    found = extract_dates(TEXT, meta.publication_date, meta.skip_spans)
    assert [(d.text, d.date_start) for d in found] == [("on Tuesday", date(2011, 9, 13))]
