"""Numbers shaped like years that are no date: a company's share code before a dot and an exchange's code (`1800.HK`,
`2222.SR`, `2317.TW`; `exchange_suffix` of date_cues.csv), a radio band in megahertz (`the 1800 MHz band`), the
number of a resolution or a news release (`Resolution 1973`, `résolution 1973`, `News Release 2004-27`;
`identifier_before`), and a year in words before a unit of measure (`a loan of two thousand crore rupees`;
`measure_noun`). A year beside them stays a date. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def d(iso):
    return date.fromisoformat(iso)


@pytest.mark.parametrize(
    "published, language, text, expected",
    [
        (
            "2019-07-16",
            "en",
            "China Communications Construction Co (1800.HK) signed a contract in Manila. Shares of 1800.HK rose 1.4%.",
            set(),
        ),
        ("2020-03-02", "en", "Saudi Aramco (2222.SR) and Sinopec (0386.HK) agreed to expand the refinery.", set()),
        (
            "2021-05-10",
            "en",
            "Hon Hai (2317.TW) will build the plant in Wisconsin, officials said in 2021.",
            {("in 2021", d("2021-01-01"), d("2021-12-31"))},
        ),
        (
            "2017-08-23",
            "en",
            "The regulator assigned 5 MHz of spectrum in the 1800 MHz band to Grameenphone in August 2017.",
            {("August 2017", d("2017-08-01"), d("2017-08-31"))},
        ),
        (
            "2018-04-11",
            "en",
            "Operators in Kenya bid for the 2100 MHz and 2600 MHz bands in 2018.",
            {("in 2018", d("2018-01-01"), d("2018-12-31"))},
        ),
        ("2011-03-18", "en", "Security Council Resolution 1973 authorised a no-fly zone over Libya.", set()),
        (
            "2015-07-20",
            "en",
            "The council endorsed the deal with Iran and recalled resolution 1929 of June 2010.",
            {("June 2010", d("2010-06-01"), d("2010-06-30"))},
        ),
        ("2011-03-18", "fr", "Le Conseil de sécurité a adopté la résolution 1973 sur la Libye.", set()),
        ("2016-01-10", "es", "El Consejo de Seguridad aprobó la Resolución 1999 sobre Siria.", set()),
        ("2012-06-10", "pt", "O Conselho de Segurança aprovou a resolução 2012 sobre o Mali.", set()),
        (
            "2004-07-15",
            "en",
            "Canadian International Development Agency\nNews Release 2004-27\nCanada to pledge $165 million for Haiti",
            set(),
        ),
        (
            "2018-02-01",
            "en",
            "The ministry will seek a loan of two thousand crore rupees from the Asian Development Bank.",
            set(),
        ),
        (
            "2018-02-01",
            "en",
            "The treaty was signed in two thousand and five in Beijing.",
            {("in two thousand and five", d("2005-01-01"), d("2005-12-31"))},
        ),
    ],
)
def test_each_sentence_yields_exactly_its_dates(published, language, text, expected):
    found = extract_dates(text, d(published), language=language)
    assert {(m.text, m.date_start, m.date_end) for m in found} == expected
