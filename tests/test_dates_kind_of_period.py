"""A kind of period, with an indefinite article ('has a fiscal year ending Sept. 30', 'each quarter ended March
31'), names no year: no date; the period with its definite article still is one (sentences written for the
class)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(1996, 2, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Tandem Tools, which has a fiscal year ending Sept. 30, did not give a forecast.",
        "The trust pays a dividend for each quarter ended March 31 or Sept. 30.",
    ],
)
def test_a_kind_of_period_is_no_date(text):
    assert [d.text for d in extract_dates(text, PUB) if "ending" in d.text or "ended" in d.text] == []


def test_the_period_itself_still_is():
    found = {d.text: d.date_start for d in extract_dates("Profit rose in the fiscal year ended Sept. 30.", PUB)}
    assert found["the fiscal year ended Sept. 30"] == date(1994, 10, 1)
