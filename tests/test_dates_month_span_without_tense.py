"""A span of months without a year in a sentence with no word of tense (`Jordan gets the water from April to
September`, `deliveries run from June to August`) is read as a bare month is: the span that starts a few weeks
ahead beats the one that ended months before; one under way or just over stays behind, and a tense word decides when
there is one. Sentences written for these tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

CASES = [
    (
        date(1998, 2, 26),
        "Under the plan, Jordan gets 50 million cubic metres of water from April to September.",
        ("1998-04-01", "1998-09-30"),
    ),
    (
        date(2013, 4, 20),
        "Under the contract, Chilean salmon deliveries to Shanghai run from June to August.",
        ("2013-06-01", "2013-08-31"),
    ),
    (
        date(2005, 8, 26),
        "The ferry between Wakkanai and Korsakov runs only from May to October.",
        ("2005-05-01", "2005-10-31"),
    ),
    (
        date(2019, 1, 15),
        "The Ethiopian airline's seasonal route to Goma operates from March to May.",
        ("2019-03-01", "2019-05-31"),
    ),
    (
        date(2019, 1, 15),
        "Ethiopian Airlines operated a seasonal route to Goma from March to May.",
        ("2018-03-01", "2018-05-31"),
    ),
    (
        date(2024, 9, 17),
        "From January to July, remittances from Gulf states to Bangladesh totaled $14 billion.",
        ("2024-01-01", "2024-07-31"),
    ),
    (
        date(2021, 4, 5),
        "From July to March of the current fiscal year, expatriate Kenyans sent home $3 billion.",
        ("2020-07-01", "2021-03-31"),
    ),
    (
        date(2021, 11, 3),
        "The Philippine quota covers imports of Vietnamese rice from December to February.",
        ("2021-12-01", "2022-02-28"),
    ),
]


@pytest.mark.parametrize(("pub", "text", "interval"), CASES)
def test_a_span_of_months_without_tense_is_the_nearest(pub, text, interval):
    got = [(str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub)]
    assert got[0] == interval
