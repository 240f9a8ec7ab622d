"""A per-person signal of the side a person of no stated state serves: the money they count in.

A person whose own sentence counts a figure in one state's own currency, without naming that state, speaks for that
state ("Transport Minister NAME said the line would cost 120 billion baht"), however often the story names the
partner; a sentence that names the currency's state ("NAME said Japan would lend 90 billion yen") is a side's sum
anyone counts in, and says nothing of the speaker. A state named only on the dateline's line ("Ahmedabad (Inde), le
26 mai 2017 -") is where the report is filed from, no side of the story. Sentences written for these tests.
"""

import pytest

from pipelines.extract.article import extract_article


def person(text, name):
    found = (a.country for a in extract_article(text).actors if a.actor_type == "person" and a.name == name)
    return next(found, "missing")


SPEAKERS = [
    (
        "BEIJING, May 3 (Xinhua) -- China and Kenya signed three agreements on Monday, and China will send "
        "experts to Mombasa. Treasury Secretary Njoroge Wambua said the deals were worth KSh 40 billion.",
        "Njoroge Wambua",
        "KEN",
    ),
    (
        "TOKYO, June 2 (Kyodo) -- Japan and Thailand agreed to expand rail cooperation, and Japan will train "
        "drivers. Transport Minister Somchai Rattanakul said the first line would cost 120 billion baht.",
        "Somchai Rattanakul",
        "THA",
    ),
    (
        "NEW DELHI, March 9 (PTI) - India and Bangladesh opened a new border market, India's third along the "
        "Tripura frontier. Commerce Minister Rahim Uddin Chowdhury said traders sold goods worth Tk 12 crore in the "
        "first week.",
        "Rahim Uddin Chowdhury",
        "BGD",
    ),
    (
        "BEIJING, Jan. 14 (Xinhua) -- China and Mongolia renewed their coal agreement. Mining Minister Batbayar "
        "Ganbold told reporters that exports earned MNT 5.2 trillion last year.",
        "Batbayar Ganbold",
        "MNG",
    ),
    (
        "SANTIAGO, 4 abr (EFE).- Chile y Perú firmaron un acuerdo de pesca. Chile aportará dos buques. El ministro "
        "de la Producción, Raúl Quispe Huamán, dijo que las exportaciones sumaron 800 millones de soles.",
        "Raúl Quispe Huamán",
        "PER",
    ),
    (
        "Lisboa, 5 mai (Lusa) - Portugal e Angola assinaram um acordo de cooperação. Portugal enviará professores. "
        "O ministro das Finanças, Carlos Mendes Kiala, disse que o programa custará 900 milhões de kwanzas.",
        "Carlos Mendes Kiala",
        "AGO",
    ),
    (
        "PARIS, 8 juin (AFP) - La France et Madagascar ont signé un accord sur la vanille. La France financera deux "
        "stations. Le ministre du Commerce, Hery Rakotomalala, a indiqué que les exportations ont atteint 900 "
        "milliards d'ariary.",
        "Hery Rakotomalala",
        "MDG",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), SPEAKERS)
def test_a_person_counting_in_a_state_s_own_currency_speaks_for_it(text, name, country):
    assert person(text, name) == country


def test_a_sum_whose_sentence_names_the_currency_s_state_says_nothing_of_the_speaker():
    text = (
        "JAKARTA (Antara) - Japan will lend Indonesia 90 billion yen for a new commuter line, Finance Minister Budi "
        "Santoso said on Monday. Japan has funded two earlier lines."
    )
    assert person(text, "Budi Santoso") == "IDN"


def test_two_states_currencies_in_a_person_s_sentences_say_nothing():
    text = (
        "China and Pakistan reviewed the corridor in Beijing; China will fund a new port road and China's banks "
        "will lead. Planning Minister Tariq Awan said the works cost 4 billion yuan and 90 billion baht."
    )
    assert person(text, "Tariq Awan") != "THA"
