"""The tense of a Spanish or Portuguese sentence, in sentences written for these tests: agreeing to do a thing
(`concordaram em`, `convinieron en`) or inviting someone (`convidou`, `invitó`) points ahead, as `agreed to` and
`invited` do in English; an imperfect of an -ar verb (`rondaban`, `estava`) reports the past."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2021, 9, 14)


def values(text: str, language: str) -> list[tuple[str, str]]:
    return [(d.text, str(d.date_start)) for d in extract_dates(text, PUB, (), language)]


@pytest.mark.parametrize(
    ("text", "language", "mention"),
    [
        ("Os dois governos concordaram em abrir um consulado em Luanda em Maio.", "pt", "em Maio"),
        ("O presidente convidou o seu homólogo para a feira de Maputo, em maio.", "pt", "em maio"),
        ("Ambos ministros convinieron en celebrar una reunión técnica en mayo.", "es", "en mayo"),
        ("El canciller invitó al presidente peruano a la cumbre de Quito en mayo.", "es", "en mayo"),
    ],
)
def test_agreeing_to_do_or_inviting_points_ahead(text, language, mention):
    assert values(text, language) == [(mention, "2022-05-01")]


@pytest.mark.parametrize(
    ("text", "language", "mention"),
    [
        ("Las reservas rondaban los 40.000 millones en noviembre, según el banco.", "es", "en noviembre"),
        ("A dívida estava em 2 mil milhões em novembro, segundo o banco.", "pt", "em novembro"),
    ],
)
def test_an_imperfect_reports_the_past(text, language, mention):
    assert values(text, language) == [(mention, "2020-11-01")]
