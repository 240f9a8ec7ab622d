"""A schedule told in a relative clause whose verb is in the plural present (`which resume Monday`, `who meet in
Lima on Thursday`) lies ahead, as after a plural subject (`schedule_plural` of date_cues.csv); a relative clause in
the past stays behind. Sentences written for these tests, from every region; published on Wednesday 17 November
2010."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2010, 11, 17)

CASES = [
    ("Vietnam must still close its talks with the European Union, which resume Monday in Brussels.", "2010-11-22"),
    ("Trade ministers from Chile and Peru, who meet in Lima on Thursday, will discuss port fees.", "2010-11-18"),
    ("Kenya's talks with the IMF, which reopen on Friday, cover the budget.", "2010-11-19"),
    ("The Gulf envoys, who arrive in Sanaa on Saturday, carry a new proposal.", "2010-11-20"),
    ("The ministers, who met in Astana on Monday, agreed on a rail tariff.", "2010-11-15"),
    ("The talks, which ended on Tuesday in Doha, left the dispute open.", "2010-11-16"),
]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_a_relative_clause_tells_the_weekday_its_tense(text, day):
    assert [str(d.date_start) for d in extract_dates(text, PUB)] == [day]
