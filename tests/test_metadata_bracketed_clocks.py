"""A page's stamp whose clock stands in brackets after the day (`12.11.2013 [17:05]`, `05.06.2018 (14:30)`): the day is
the publication date, as it is when the clock follows without brackets (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Baku, November 12, NEWSAGENCY. The two presidents opened the new rail link on Tuesday, officials said, and "
    "agreed to meet again next year.\n"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("12.11.2013 [17:05]", date(2013, 11, 12)),
        ("05.06.2018 (14:30)", date(2018, 6, 5)),
        ("21/04/2016 [11:00]", date(2016, 4, 21)),
        ("2019-08-14 (09:15)", date(2019, 8, 14)),
        ("3 de mayo de 2018 [12:40]", date(2018, 5, 3)),
        ("12 mars 2018 (14h05)", date(2018, 3, 12)),
        ("March 4, 2021 [10:20 GMT]", date(2021, 3, 4)),
    ],
)
def test_a_stamp_with_its_clock_in_brackets(stamp, day):
    text = f"{stamp}\nPolitics » Foreign policy\n\nAzerbaijan, Georgia open new rail link\n\n{BODY}"
    assert extract_metadata(text).publication_date == day


def test_a_clock_alone_in_brackets_is_no_stamp():
    text = f"[17:05]\nAzerbaijan, Georgia open new rail link\n\n{BODY}"
    assert extract_metadata(text).publication_date is None
