"""A year the text calls fiscal is rarely that of a state whose fiscal year is the calendar year: a state of the
sentence with a fiscal year of its own owns it, after a preposition too; with none, the article's states decide
as when the sentence names none (sentences written for these tests)."""

from datetime import date

from pipelines.extract.dates import extract_dates

PUB = date(2019, 5, 2)


def fiscal(text: str) -> tuple[str, str]:
    found = [d for d in extract_dates(text, PUB, (), "en") if "year" in d.text.lower()]
    assert len(found) == 1, found
    return str(found[0].date_start), str(found[0].date_end)


def test_a_fiscal_year_state_after_a_preposition_owns_it_over_a_calendar_year_demonym():
    text = "Turkish contractors won projects worth $2 billion in Kenya in the last financial year, the ministry said."
    assert fiscal(text) == ("2017-07-01", "2018-06-30")


def test_a_fiscal_year_state_named_in_the_sentence_owns_it_over_a_calendar_year_possessive():
    text = (
        "Washington will provide $25 million in Fiscal Year 2020 to train Indonesia's maritime police, the U.S. "
        "embassy said."
    )
    assert fiscal(text) == ("2019-10-01", "2020-09-30")


def test_a_sentence_naming_only_calendar_year_states_leaves_the_fiscal_year_to_the_article():
    text = (
        "Pakistan and China reviewed the corridor on Monday. Pakistan's planning minister chaired the talks.\n\n"
        "Chinese firms invested $800 million in the current fiscal year, officials said."
    )
    assert fiscal(text) == ("2018-07-01", "2019-06-30")
