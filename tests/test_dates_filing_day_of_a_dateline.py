"""A story filed a day or few before the paper that prints it: its yearless dateline (`HARARE, Zimbabwe, June 3 --`
under a header of June 4) names the day it was written, and its `today`, `yesterday` and weekdays count from that
day; the publication date stays the header's (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article


def dates_of(text):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_article(text).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 1993-06-04 Mugabe opens trade fair\n\nHARARE, Zimbabwe, June 3 -- President Robert Mugabe opened "
            "the regional trade fair here today and promised lower duties on farm machinery.\n",
            ("today", "1993-06-03", "1993-06-03"),
        ),
        (
            " date 1996-03-01 Port strike ends\n\nROTTERDAM, Netherlands, Feb. 29 -- Dock workers voted yesterday "
            "to end a strike that had idled the port for nine days.\n",
            ("yesterday", "1996-02-28", "1996-02-28"),
        ),
        (
            " date 1990-01-02 Lima budget talks\n\nLIMA, Peru, Dec. 31 -- The Finance Minister said tonight that "
            "the budget would be sent to Congress in the spring.\n",
            ("tonight", "1989-12-31", "1989-12-31"),
        ),
        (
            # the story was filed on Thursday: the Friday it tells of is the one before
            " date 1994-10-14 Canberra grain sale\n\nCANBERRA, Oct. 13 -- The Wheat Board said it sold 300,000 "
            "tons to Egypt on Friday, its largest sale this season.\n",
            ("on Friday", "1994-10-07", "1994-10-07"),
        ),
        (
            " date 2002-07-10 Accord à Dakar\n\nDAKAR, 8 juillet (APS) - Le Sénégal et la Mauritanie ont signé "
            "aujourd'hui un accord sur la pêche.\n",
            ("aujourd'hui", "2002-07-08", "2002-07-08"),
        ),
        (
            " date 2011-05-06 Acuerdo en Quito\n\nQUITO, 5 de mayo (Andes) - Ecuador y Colombia firmaron hoy un "
            "acuerdo de transporte fronterizo.\n",
            ("hoy", "2011-05-05", "2011-05-05"),
        ),
    ],
)
def test_days_count_from_the_dateline_day(text, expected):
    assert expected in dates_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dateline names the header's own day
        (
            " date 1998-09-17 Manila bond issue\n\nMANILA, Sept. 17 -- The Philippines priced a bond today.\n",
            ("today", "1998-09-17", "1998-09-17"),
        ),
        # a dateline weeks before the header is no filing day of this copy: the header's day rules
        (
            " date 1997-05-20 Weekly digest\n\nACCRA, Ghana, May 2 -- The central bank cut its rate today, "
            "and the cedi rose.\n",
            ("today", "1997-05-20", "1997-05-20"),
        ),
    ],
)
def test_a_dateline_of_another_day_than_a_filing_one_changes_nothing(text, expected):
    assert expected in dates_of(text)


def test_the_publication_date_stays_the_headers():
    text = " date 1993-06-04 Mugabe opens trade fair\n\nHARARE, Zimbabwe, June 3 -- The fair opened today.\n"
    facts = extract_article(text)
    assert facts.metadata.publication_date == date(1993, 6, 4)
    assert facts.metadata.filing_day == date(1993, 6, 3)
