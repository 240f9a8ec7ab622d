"""A date right after a wire's filing code (the agency's name in capitals, then day, hour and minute: '(end) ta.mh KUNA
071530 Mar 06', 'IRNA 231215 GMT Nov 09') is the wire's stamp, not a mention; a count before a month in a sentence
is not such a code. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2006-03-07",
            "en",
            ("Zebari is due to leave Kuwait on Wednesday for Riyadh. (end) ta.mh KUNA 071530 Mar 06"),
            {("on Wednesday", d("2006-03-08"), d("2006-03-08"))},
        ),
        (
            "2009-11-24",
            "en",
            ("The two ministers signed the accord in Tehran on Monday. (end) rk.ks IRNA 231215 GMT Nov 09"),
            {("on Monday", d("2009-11-23"), d("2009-11-23"))},
        ),
        (
            "2011-10-19",
            "en",
            "The delegation will visit Abu Dhabi next week.\nWAM 181230 Oct 11",
            {("next week", d("2011-10-24"), d("2011-10-30"))},
        ),
        (
            "2015-01-14",
            "en",
            "The talks ended in Doha on Tuesday. QNA 140845 GMT Jan 2015",
            {("on Tuesday", d("2015-01-13"), d("2015-01-13"))},
        ),
        (
            "2020-05-02",
            "en",
            "The port handled 120000 tonnes in March 2020, officials said.",
            {("March 2020", d("2020-03-01"), d("2020-03-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
