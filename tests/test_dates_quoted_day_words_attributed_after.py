"""A day word inside a quotation counts from the day the words were said, and wire reports often say that day in
the attribution after the quotation ('"Today we open a new chapter," the minister said Tuesday'; «…», a déclaré
lundi). Sentences written for these tests; publication on a Thursday."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1989, 11, 2)


def days(text: str, language: str = "en") -> dict[str, str]:
    return {d.text: d.date_start.isoformat() for d in extract_dates(text, THURSDAY, (), language)}


@pytest.mark.parametrize(
    ("text", "language", "word", "day"),
    [
        (
            '"Today we are announcing a plan for the shipyards," the prime minister said Monday.',
            "en",
            "Today",
            "1989-10-30",
        ),
        ("“Today is a sad day for Gdansk,” Walesa told reporters Wednesday.", "en", "Today", "1989-11-01"),
        ('"Yesterday the talks broke down," said the union leader on Tuesday.', "en", "Yesterday", "1989-10-30"),
        ('"Tomorrow the plant reopens," a company spokesman said Monday.', "en", "Tomorrow", "1989-10-31"),
        ('"Hoy damos un paso concreto", dijo el martes el canciller.', "es", "Hoy", "1989-10-31"),
        ("« Aujourd'hui, nous tournons la page », a déclaré lundi le ministre.", "fr", "Aujourd'hui", "1989-10-30"),
        ('"Hoje assinamos o acordo", disse na segunda-feira o ministro.', "pt", "Hoje", "1989-10-30"),
    ],
)
def test_the_attribution_after_a_quotation_gives_its_day(text, language, word, day):
    assert days(text, language)[word] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('"Today we open a new chapter," he said.', "1989-11-02"),  # no day said: the publication day
        ('The union met on Monday. "Today we strike," its leader said.', "1989-10-30"),  # the day said before
        ("Today the minister said Monday's vote was fair.", "1989-11-02"),  # no quotation
    ],
)
def test_without_an_attributed_day_the_rules_before_stand(text, day):
    found = days(text)
    assert found.get("Today", found.get("today")) == day
