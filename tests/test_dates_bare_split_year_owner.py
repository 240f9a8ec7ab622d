"""A bare split year (`1990-91`, no fiscal word) is a fiscal year only of a state that owns it: one named after a
preposition in its sentence (`flew on to Oman`) does not, and a sentence whose own states count in calendar years
makes it a plain span of years (texts written for the class)."""

from datetime import date

from pipelines.extract.dates import extract_dates


def values(text, pub):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub, fallback_fiscal_calendar="PAK")]


def test_a_state_after_a_preposition_owns_no_split_year():
    text = (
        "WASHINGTON (AP) _ U.S. arms makers expect fewer orders, U.S. officials say. The defense secretary, who flew "
        "on to Kuwait on Tuesday, said the allies had spent heavily since the 1990-91 Gulf War. U.S. sales fell."
    )
    assert values(text, date(1995, 3, 8))[-1:] == [("1990-91", date(1990, 1, 1), date(1991, 12, 31))]


def test_a_state_that_writes_split_years_still_owns_one():
    text = "Pakistan's exports to the Gulf rose 8 percent in 2019-20, the bureau said."
    assert values(text, date(2020, 9, 1)) == [("2019-20", date(2019, 7, 1), date(2020, 6, 30))]
