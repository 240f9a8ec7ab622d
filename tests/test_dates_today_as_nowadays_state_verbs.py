"""`today` meaning nowadays before a state of things in the simple present (`nowadays_verb` of date_cues.csv): after
the subject ("Today China is Zambia's largest lender", "Today the port employs 4,000 people") or with `today` after
the subject ("Chile today supplies half of ..."); `hoy`/`hoje` before `es`/`é`. No date. But a progressive, a plan, a
place or `Today` as the subject ("Today is the last day") is this very day. Sentences written for these tests, from
every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 1, 15)

NOWADAYS = [
    ("en", "Pakistan today is one of the five largest cotton producers."),
    ("en", "Today, China is Kenya's largest bilateral creditor."),
    ("en", "Chile today supplies half of China's copper imports."),
    ("en", "Today the port of Djibouti employs 4,000 people."),
    ("en", "Today Kazakhstan ranks among the top uranium producers."),
    ("en", "Today the Philippines relies on remittances from the Gulf for a tenth of its output."),
    ("en", "Uzbekistan today depends on Russian markets for most of its labour migrants."),
    ("en", "Today, tourism accounts for a third of the Maldives' income."),
    ("en", "Bolivia today remains Argentina's main gas supplier."),
    ("es", "Hoy Chile es el mayor productor de cobre del mundo."),
    ("pt", "Hoje Angola é o segundo maior fornecedor de petróleo da China."),
]


@pytest.mark.parametrize(("language", "text"), NOWADAYS)
def test_today_before_a_state_of_things_is_nowadays(language, text):
    assert extract_dates(text, PUB, language=language) == []


DAY = [
    ("en", "Today the ministers are meeting in Astana."),
    ("en", "Today the Indonesian minister is expected to arrive in Port Moresby."),
    ("en", "The Moroccan minister today is to sign the accord."),
    ("en", "Today is the last day of the Ghanaian president's visit."),
    ("en", "Today the Turkish delegation is in Baku for talks."),
    ("en", "The minister is in Lima today."),
    ("es", "Hoy el canciller es recibido en Quito."),
]


@pytest.mark.parametrize(("language", "text"), DAY)
def test_today_of_an_event_is_the_day(language, text):
    assert [str(d.date_start) for d in extract_dates(text, PUB, language=language)] == ["2019-01-15"]
