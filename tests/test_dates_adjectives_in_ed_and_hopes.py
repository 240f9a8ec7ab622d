"""A word in -ed that is an adjective is no past verb: one that never is a verb (`unchanged`, `undisclosed`:
`adjective_in_ed` of date_cues.csv), or one after a verb of a state (`remain elevated`, `stay unchanged`:
`state_verb`); so a forecast keeps its date ahead ('expect the central bank to keep its rate unchanged at its
meeting on May 20'). A past hope or aim before an infinitive points ahead as `plans to` does ('hoped to start
importing crude from October'); a past perfect one stays behind. Sentences written for the class, from every region;
published 13 May 2019."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUBLISHED = date(2019, 5, 13)


@pytest.mark.parametrize(
    "text, mention, first_day",
    [
        (
            "Officials expect the central bank to keep its policy rate unchanged at its meeting on May 20.",
            "on May 20",
            "2019-05-20",
        ),
        ("Analysts expect the Reserve Bank of India to leave rates unchanged in July.", "in July", "2019-07-01"),
        (
            "The Thai ministry expects the number of Chinese visitors to stay unchanged in August.",
            "in August",
            "2019-08-01",
        ),
        (
            "Economists see the lira weakening, with inflation expected to remain elevated in June.",
            "in June",
            "2019-06-01",
        ),
        (
            "Accra wants the cocoa price to stay unchanged for the season that opens in October.",
            "in October",
            "2019-10-01",
        ),
        (
            "The minister told reporters Pakistan hoped to start importing Kazakh crude from October.",
            "from October",
            "2019-10-01",
        ),
        (
            "Nairobi hoped to finish the rail link to Naivasha in September, an official said.",
            "in September",
            "2019-09-01",
        ),
        ("Lima aimed to sign the free-trade protocol with Seoul in November.", "in November", "2019-11-01"),
        ("Dhaka intended to open the Padma bridge in June, the minister said.", "in June", "2019-06-01"),
        # past
        ("The Bank of Mexico left its rate unchanged in April.", "in April", "2019-04-01"),
        ("Ankara had hoped to sign the gas deal in March, but the talks stalled.", "in March", "2019-03-01"),
        ("The Central Bank of Egypt kept the rate unchanged on May 2.", "on May 2", "2019-05-02"),
        ("The Minsk talks ended in an unexpected deadlock in February.", "in February", "2019-02-01"),
        ("Inflation in Argentina remained elevated in March.", "in March", "2019-03-01"),
    ],
)
def test_tense_of_the_date(text, mention, first_day):
    found = {m.text: m.date_start for m in extract_dates(text, PUBLISHED)}
    assert found.get(mention) == date.fromisoformat(first_day)
