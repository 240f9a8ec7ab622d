"""An archive's document number on the first line (`APW19990412.0057`, `CNN19990412.1800.0021`,
`ea990412.1830.0044`) and a short US numeric date alone in the head (`04/12/99`) date an article that has no
header, dateline or other stamp (texts written for the class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    "text, published",
    [
        ("APW19990412.0057\nThe central bank said Monday it would keep rates on hold.\n", date(1999, 4, 12)),
        ("NYT20010706.0112\nThe Senate passed the measure late Thursday after a long debate.\n", date(2001, 7, 6)),
        ("CNN19990412.1800.0021\nMarkets in Asia fell sharply today on fears of a slowdown.\n", date(1999, 4, 12)),
        ("ea990412.1830.0044\nThe strike spread to three more ports overnight.\n", date(1999, 4, 12)),
        ("APW951103-0031\nThe ministers met again yesterday in Vienna.\n", date(1995, 11, 3)),
        (
            "wsj_0815\n04/12/99\nMill Shares Slide\nShares of the paper maker fell yesterday on weak orders.\n",
            date(1999, 4, 12),
        ),
    ],
)
def test_an_archive_number_or_short_stamp_dates_the_article(text, published):
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")


def test_the_dateline_still_wins_and_the_number_is_no_mention():
    text = "APW19990412.0057\nVIENNA, April 10 (AP) _ The ministers met Saturday.\n"
    meta = extract_metadata(text)
    assert meta.publication_date == date(1999, 4, 12)  # the dateline has no year: the number gives the day
    text = "APW19990412.0057\nVIENNA, April 10, 1999 (AP) _ The ministers met Saturday.\n"
    assert extract_metadata(text).publication_date == date(1999, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry published decree 20190412.0057 on its website.\n",  # not on the first line alone
        "Prices\n13/45/99\nrose again.\n",  # no such day
    ],
)
def test_no_archive_number(text):
    assert extract_metadata(text).publication_date is None


def test_relative_dates_resolve_against_the_archive_day():
    text = "XIE19990412.0031\nOfficials said yesterday that exports rose.\n"
    meta = extract_metadata(text)
    found = extract_dates(text, meta.publication_date, meta.skip_spans)
    assert [(d.text, d.date_start) for d in found] == [("yesterday", date(1999, 4, 11))]
