"""A modal and `have` are a past only before a participle ("should have signed in May"); before an object `have` is
the verb and the modal points ahead ("farmers should have the seed before sowing starts in May"), so a month or a
weekday it governs lies ahead (sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), "en")]


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "Growers in Manitoba should have Saskatchewan potash in their barns before the tractors roll out in May.",
            date(2011, 3, 14),
            ("in May", "2011-05-01", "2011-05-31"),
        ),
        (
            "The clinics in Mombasa would have their new generators by the end of the rains in June, he said.",
            date(2016, 2, 2),
            ("in June", "2016-06-01", "2016-06-30"),
        ),
        (
            "Exporters could have access to the Korean market in September, under the deal's first tariff cut.",
            date(2019, 7, 1),
            ("in September", "2019-09-01", "2019-09-30"),
        ),
        (
            "Parliament might have a final text of the fisheries pact on Thursday, according to the Speaker.",
            date(2005, 11, 14),
            ("on Thursday", "2005-11-17", "2005-11-17"),
        ),
    ],
)
def test_a_modal_before_have_and_an_object_points_ahead(text, pub, expected):
    assert expected in values(text, pub)


@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        (
            "The pipeline talks should have ended in May, but the two sides kept meeting.",
            date(2011, 7, 14),
            ("in May", "2011-05-01", "2011-05-31"),
        ),
        (
            "The loan could have been signed in March had the lenders agreed on the rate.",
            date(2008, 6, 20),
            ("in March", "2008-03-01", "2008-03-31"),
        ),
        (
            "The envoy might have met the rebels on Monday, officials conceded.",
            date(1999, 5, 6),
            ("on Monday", "1999-05-03", "1999-05-03"),
        ),
        (
            "The ministry would have already sold the bonds in April, a banker said.",
            date(2014, 9, 9),
            ("in April", "2014-04-01", "2014-04-30"),
        ),
    ],
)
def test_a_modal_perfect_stays_a_past(text, pub, expected):
    assert expected in values(text, pub)
