"""Whose fiscal year: an article that names no state but its places and bodies (`Congress`, `the Pentagon`,
`Washington`), and an article whose main state counts in calendar years beside a state named less that does
not; sentences written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(1989, 11, 2)


def fiscal(text: str, fallback: str = "PAK") -> tuple[str, str]:
    found = [d for d in extract_dates(text, PUB, (), "en", fallback_fiscal_calendar=fallback) if "fiscal" in d.text]
    assert len(found) == 1
    return str(found[0].date_start), str(found[0].date_end)


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon's request for fiscal 1990 was cut by Congress.",
        "Officials in Washington said spending in fiscal 1990 would rise by 4%.",
        "Lawmakers on Capitol Hill approved the spending bill for fiscal 1990 on Tuesday.",
    ],
)
def test_a_fiscal_year_in_an_article_naming_only_a_states_places_and_bodies(text):
    assert fiscal(text) == ("1989-10-01", "1990-09-30")


def test_with_no_place_or_body_the_corpus_fallback_counts():
    assert fiscal("Growth slowed in fiscal 1990.") == ("1989-07-01", "1990-06-30")


def test_the_main_state_with_a_calendar_fiscal_year_wins_over_one_named_less():
    text = (
        "Guyana and Brazil signed a road deal in Georgetown. Guyana will build the road and Brazil will fund a "
        "study, while the UK offered advice. Britain has helped before. The government of Guyana will fund its "
        "share. The money is in the budget for fiscal year 1990, officials said."
    )
    assert fiscal(text) == ("1990-01-01", "1990-12-31")
