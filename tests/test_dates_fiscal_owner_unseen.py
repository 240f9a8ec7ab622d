"""Whose fiscal year, in sentences written for these tests: a state in the possessive after a preposition owns
the figures ("with Egypt's shipments to India"); a name inside a regional compound (`Inter-American`,
`Pan-African`) is no state; a year written split is of a state that writes split years however seldom the article
names it; a city of the sentence says whose year it is when no state is named there."""

from datetime import date

from pipelines.extract.dates import extract_dates

PUB = date(2019, 5, 2)


def fiscal(text: str, fallback: str = "") -> tuple[str, str]:
    found = [
        d
        for d in extract_dates(text, PUB, (), "en", fallback_fiscal_calendar=fallback)
        if any(w in d.text for w in ("year", "FY", "fiscal"))
    ]
    assert len(found) == 1, found
    return str(found[0].date_start), str(found[0].date_end)


def test_a_state_in_the_possessive_after_a_preposition_owns_the_fiscal_year():
    text = (
        "The minister said two-way trade reached $3 billion in FY2017-18, with Egypt's shipments to India "
        "falling for a second year."
    )
    assert fiscal(text) == ("2017-07-01", "2018-06-30")


def test_a_demonym_inside_a_regional_compound_is_no_state():
    text = (
        "The road is co-financed by the Inter-American Development Bank and the Government of Bolivia, which set "
        "aside 40 million bolivianos in fiscal year 2018."
    )
    assert fiscal(text) == ("2018-01-01", "2018-12-31")


def test_a_split_year_follows_the_state_that_writes_split_years_even_when_named_less():
    text = (
        "France and Kenya signed a water accord. France will lend the money, France said, and French engineers "
        "will design the works; France has done so before and France will train staff. Kenya welcomed it. "
        "Disbursement is planned for the 2020/21 financial year."
    )
    assert fiscal(text) == ("2020-07-01", "2021-06-30")


def test_a_city_of_the_sentence_says_whose_fiscal_year_it_is():
    text = (
        "Ethiopia and Kenya agreed to build a road. Ethiopia said Ethiopia would pay for its part, and Ethiopian "
        "crews will start at the border. The joint board will next meet in Nairobi in the 2021/22 financial year."
    )
    assert fiscal(text) == ("2021-07-01", "2022-06-30")


def test_a_federal_department_of_washington_names_the_united_states():
    text = (
        "Brazil and the United States discussed ethanol. Brazil wants lower tariffs, Brazil said, and Brazil will "
        "send a delegation. The Commerce Department asked for $12 million in fiscal 2020 for the talks."
    )
    assert fiscal(text) == ("2019-10-01", "2020-09-30")
