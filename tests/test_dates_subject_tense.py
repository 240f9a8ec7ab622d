"""A date inside its sentence's subject ("Inflation in April was ...", "The June meeting ended ..."): no verb comes
before it, so the sentence's verb after it sets the tense; on sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def value_of(text, pub, word):
    return next((d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub) if word in d.text)


@pytest.mark.parametrize(
    ("pub", "text", "word", "expected"),
    [
        # a past verb after the subject: the month behind publication, though the one ahead is nearer
        (date(1998, 2, 26), "The rate in May was 5%.", "May", ("1997-05-01", "1997-05-31")),
        (date(1998, 2, 26), "Inflation in April was the lowest in a decade.", "April", ("1997-04-01", "1997-04-30")),
        (
            date(1990, 10, 31),
            "Car sales in December were the weakest since 1982.",
            "December",
            ("1989-12-01", "1989-12-31"),
        ),
        (date(2003, 4, 9), "The June meeting ended without an agreement.", "June", ("2002-06-01", "2002-06-30")),
        (date(2003, 4, 9), "Exports to Europe in May rose 4 percent.", "May", ("2002-05-01", "2002-05-31")),
        (
            date(2024, 3, 15),
            "The visit in April was the first by a foreign minister since 2015.",
            "April",
            ("2023-04-01", "2023-04-30"),
        ),
        (date(2001, 9, 14), "The vote in November was close.", "November", ("2000-11-01", "2000-11-30")),
        (
            date(2012, 3, 2),
            "Talks in Geneva in June broke down over the timetable.",
            "June",
            ("2011-06-01", "2011-06-30"),
        ),
        # a verb after a comma or a relative pronoun may be another clause's
        (
            date(2017, 3, 30),
            "The forum on April 4, which was announced last week, drew many firms.",
            "April",
            ("2017-04-04", "2017-04-04"),
        ),
        # a future verb after it keeps the month ahead
        (date(1998, 2, 26), "The talks in May will decide the matter.", "May", ("1998-05-01", "1998-05-31")),
        (
            date(2024, 3, 15),
            "The summit in April is expected to adopt a declaration.",
            "April",
            ("2024-04-01", "2024-04-30"),
        ),
    ],
)
def test_the_verb_after_a_date_in_the_subject_sets_its_tense(pub, text, word, expected):
    assert value_of(text, pub, word) == expected
