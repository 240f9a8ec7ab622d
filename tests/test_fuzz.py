"""Arbitrary bytes and text never crash the reader or the extractors."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.extract.actors import extract_actors
from pipelines.extract.article import extract_article
from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata
from pipelines.extract.money import extract_money
from pipelines.extract.sectors import extract_sectors
from pipelines.read.reader import RejectedFile, SourceArticle, read_article

NEWSY = st.lists(
    st.sampled_from(
        list("0123456789$€£.,-–:;()'\" \n")
        + [
            "Jan. ",
            "March ",
            "2019",
            "2020-21",
            "FY2022-23",
            "last year",
            "on Monday",
            " billion",
            " million",
            " Rs",
            "USD",
            "Pakistan",
            "Türkiye",
            "Turkish President ",
            "Erdoğan",
            "SCO",
            "Prime Minister ",
            "trade",
            " the ",
            "agreed to boost trade to ",
            "between ",
            " and ",
            "\u0000",
            "\ufeff",
            "\r\n",
        ]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_the_reader_never_crashes_on_arbitrary_bytes(tmp_path, data):
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    result = read_article(path)
    assert isinstance(result, (SourceArticle, RejectedFile))
    if isinstance(result, SourceArticle):
        assert result.text.strip() and "\x00" not in result.text and "\r" not in result.text


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=400), NEWSY))
def test_extractors_never_crash_and_offsets_hold(text):
    extract_article(text)
    meta = extract_metadata(text)
    dates = extract_dates(text, meta.publication_date, meta.skip_spans)
    records = [
        *dates,
        *extract_actors(text, meta.skip_spans),
        *extract_sectors(text, meta.skip_spans),
        *extract_money(text, meta.skip_spans),
    ]
    for record in records:
        assert text[record.char_start : record.char_end] == record.text
    for date in dates:
        assert date.date_start is None or date.date_start <= date.date_end
