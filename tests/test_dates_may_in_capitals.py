"""`MAY` in a line written in capitals, after a preposition of time in capitals (`NEXT REVIEW IN MAY`, `DUE BY MAY`;
`shouted_month_lead` of date_cues.csv) is the month; the modal (`EXPORTS MAY RISE`) and a name after `for` in a
headline (`BLOW FOR MAY`) are not; `may` in lower case stays the verb. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2022, 4, 26)


def texts(text):
    return [m.text for m in extract_dates(text, PUB)]


@pytest.mark.parametrize(
    "text,mention",
    [
        ("* CENTRAL BANK LEAVES POLICY RATE UNCHANGED; NEXT REVIEW IN MAY", "IN MAY"),
        ("FIRST TRANCHE DUE BY MAY, FINANCE MINISTRY SAYS", "BY MAY"),
        ("TALKS TO CONTINUE UNTIL MAY - OFFICIALS", "UNTIL MAY"),
    ],
)
def test_may_in_capitals_after_a_preposition_of_time_is_the_month(text, mention):
    assert texts(text) == [mention]


@pytest.mark.parametrize(
    "text",
    ["EXPORTS MAY RISE AFTER DEAL", "BLOW FOR MAY AS TWO MINISTERS QUIT", "Exports in may rise again."],
)
def test_the_modal_and_the_name_are_no_month(text):
    assert texts(text) == []
