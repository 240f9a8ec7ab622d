"""English forms that point a month or day ahead, whatever past verb the sentence opened with: an invitation and
the act it invites to (`accepted an invitation to visit Brazil in November`), a plan said with `is meant to`
(`intent`/`future` of date_cues.csv); the modal `may` in lower case before a verb (`Sharif may attend the meeting
in the autumn`; not `may have`, a past), and a participle with `for` right before the date, the date aimed at (`the
visa waiver, promised for December 1`, `a cargo booked for March`; not after `been`). Sentences written for the
class, from every region."""

import pytest

from tests.conftest import date_rows

# (published, sentence, mention, first day, last day)
CASES = [
    (
        "2022-05-20",
        "Tokayev is expected in Islamabad, officials said, while Sharif may attend the SCO meeting in the autumn.",
        "in the autumn",
        "2022-09-01",
        "2022-11-30",
    ),
    (
        "2019-06-03",
        "Kenyan officials said President Kenyatta may travel to Beijing in September.",
        "in September",
        "2019-09-01",
        "2019-09-30",
    ),
    (
        "2014-02-11",
        "The Chilean and Peruvian ministers may not meet until March, diplomats in Lima said.",
        "until March",
        "2014-03-01",
        "2014-03-31",
    ),
    (
        "2021-07-07",
        "In October, the Fijian cabinet may also approve the new port concession.",
        "In October",
        "2021-10-01",
        "2021-10-31",
    ),
    (
        "2016-06-28",
        "Ruiz Massieu welcomed the lifting of the visa requirement, promised for December 1.",
        "December 1",
        "2016-12-01",
        "2016-12-01",
    ),
    (
        "2011-04-04",
        "Vietnam sold rice to the Philippines last week, in a cargo booked for September.",
        "for September",
        "2011-09-01",
        "2011-09-30",
    ),
    (
        "2018-01-15",
        "The summit of Andean presidents, penciled for November, was confirmed by Quito.",
        "for November",
        "2018-11-01",
        "2018-11-30",
    ),
    (
        "2004-05-28",
        "Hu accepted an invitation to visit Brazil in November, when the two sides will review progress.",
        "in November",
        "2004-11-01",
        "2004-11-30",
    ),
    (
        "2010-06-15",
        "A source at the finance department said disbursement is meant to start in the first quarter.",
        "the first quarter",
        "2011-01-01",
        "2011-03-31",
    ),
    # not ahead
    (
        "2004-05-28",
        "Lula accepted the invitation of the Chinese leader in March.",
        "in March",
        "2004-03-01",
        "2004-03-31",
    ),
    ("2016-06-28", "The Angolan minister may have visited Lisbon in March.", "in March", "2016-03-01", "2016-03-31"),
    ("2016-06-28", "The Georgian grain had been paid for in March.", "in March", "2016-03-01", "2016-03-31"),
    (
        "2016-06-28",
        "Mongolia signed the coal deal with China in March, officials said.",
        "in March",
        "2016-03-01",
        "2016-03-31",
    ),
]


@pytest.mark.parametrize(("published", "sentence", "mention", "first", "last"), CASES)
def test_may_and_a_participle_for_point_ahead(published, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, published)
