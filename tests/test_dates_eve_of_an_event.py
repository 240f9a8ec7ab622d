"""`the eve of` an event is one mention from `the` to the event's noun, as TIMEX3 spans it ("on the eve of his
visit to Seoul": `the eve of his visit`): a determiner or a possessive name, up to four words, to the first event
noun (`event` of date_cues.csv) or before a preposition or conjunction (`eve_object_end`). Its day is not said: no
value. Sentences written for these tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 6, 14)

CASES = [
    ("The Japanese minister landed in Busan on the eve of his visit to Seoul.", "the eve of his visit"),
    ("On the eve of the summit, Kenyan and Ugandan officials met in Entebbe.", "the eve of the summit"),
    (
        "On the eve of the Shanghai Cooperation Organisation summit in Bishkek, Modi met Khan.",
        "the eve of the Shanghai Cooperation Organisation summit",
    ),
    (
        "Protests broke out on the eve of Independence Day celebrations in Accra.",
        "the eve of Independence Day celebrations",
    ),
    ("On the eve of her departure for Canberra, the Fijian minister spoke to reporters.", "the eve of her departure"),
    ("On the eve of talks between Armenia and Azerbaijan, the co-chairs met in Vienna.", "the eve of talks"),
    ("The Bolivian decree was signed on the eve of the vote.", "the eve of the vote"),
    ("Prices of dates rose in Tunis on the eve of Ramadan, traders said.", "the eve of Ramadan"),
    ("On the eve of Lula's trip to Beijing, Brazilian exporters were upbeat.", "the eve of Lula's trip"),
]


@pytest.mark.parametrize(("text", "mention"), CASES)
def test_the_eve_of_an_event_is_spanned_to_the_event(text, mention):
    assert [(d.text, d.date_start) for d in extract_dates(text, PUB)] == [(mention, None)]
