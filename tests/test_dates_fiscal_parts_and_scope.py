"""Fiscal years (texts written for the class): the first months of the current fiscal year are those of the
fiscal year that holds publication; a fiscal year said to start after publication is the one that starts then; a
company's stated fiscal year governs the quarters said near it, not another company's further on; and a fiscal year
said to run over months names its calendar, no span."""

from datetime import date

from pipelines.extract.dates import extract_dates


def values(text, pub, fallback="PAK"):
    return [(d.text, d.date_start, d.date_end) for d in extract_dates(text, pub, fallback_fiscal_calendar=fallback)]


def test_the_first_months_of_the_current_fiscal_year():
    text = "Pakistan's remittances reached $21 billion in the first nine months of the current fiscal year."
    assert values(text, date(2021, 4, 12)) == [
        ("the first nine months of the current fiscal year", date(2020, 7, 1), date(2021, 3, 31))
    ]


def test_a_fiscal_year_that_starts_after_publication():
    text = "The agency will consider more support for the rail project in fiscal 2016, which begins in April."
    assert values(text, date(2015, 10, 7), "")[0] == ("fiscal 2016", date(2016, 4, 1), date(2017, 3, 31))


def test_a_company_s_fiscal_year_stays_with_its_sentences():
    text = (
        "Koba Trust expects a profit in the current fiscal year, which ends in March. Its shares rose 2%. "
        "Analysts were cautious.\n\nMeanwhile Delmar Savings of Ohio posted third-quarter earnings of $4 million."
    )
    found = values(text, date(1993, 11, 3), "")
    assert found[-1] == ("third-quarter", date(1993, 7, 1), date(1993, 9, 30))


def test_a_fiscal_calendar_is_no_span_of_months():
    text = "Nepal's budget covers the 2019/20 fiscal year, which in Nepal runs from July to June."
    assert [v[0] for v in values(text, date(2019, 6, 1))] == ["the 2019/20 fiscal year"]
