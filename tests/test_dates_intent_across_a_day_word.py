"""An intent verb, the day it was said (`ontem`, `hoje`, `ayer`, `hoy`: `intent_adverb` of date_cues.csv) and the
infinitive after it point ahead, as without the day word ("acordaram ontem retomar em abril as negociações"): the
month without a year is the next one. Sentences written for the class."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def month_of(text, pub, language):
    months = [m for m in extract_dates(text, date.fromisoformat(pub), (), language) if m.granularity == "month"]
    assert len(months) == 1
    return months[0].date_start


@pytest.mark.parametrize(
    "text,pub,language,first_day",
    [
        (
            "Os dois governos acordaram ontem retomar em abril as negociações sobre a barragem.",
            "2011-02-15",
            "pt",
            "2011-04-01",
        ),
        ("O ministro decidiu hoje adiar para outubro a visita a Luanda.", "2016-08-03", "pt", "2016-10-01"),
        ("Os presidentes prometeram ontem assinar em março o acordo de comércio.", "2019-01-22", "pt", "2019-03-01"),
        ("Ambos ministros acordaron hoy reanudar en mayo las conversaciones.", "2020-02-11", "es", "2020-05-01"),
    ],
)
def test_the_month_an_intent_looks_to_lies_ahead(text, pub, language, first_day):
    assert month_of(text, pub, language) == date.fromisoformat(first_day)


def test_a_past_act_said_with_the_day_word_stays_behind():
    assert month_of("O Governo informou ontem que as obras começaram em janeiro.", "2014-02-10", "pt") == date(
        2014, 1, 1
    )
