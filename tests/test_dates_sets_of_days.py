"""A weekday, month or season after a word of recurrence is a set of days (TIMEX3 SET), no date: `every Monday`,
`each Friday`, `every other Tuesday`, `cada lunes`, `chaque dimanche`, `todas as segundas-feiras`
(`set_before` of date_cues.csv). The same weekday without it stays a date. Sentences written for these tests,
from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 1, 17)

SETS = [
    ("en", "The joint border commission meets every Monday in Torkham."),
    ("en", "Ethiopian Airlines flies to Lubumbashi each Friday via Lusaka."),
    ("en", "Vendors from Tajikistan cross into Afghanistan every Sunday morning for the Ishkashim market."),
    ("en", "A Mongolian freight train leaves Zamyn-Uud for Tianjin every other Tuesday."),
    ("en", "Each Thursday the Fijian navy patrols the Lau group with Australian crews."),
    ("en", "Every Wednesday, Chilean and Bolivian customs officers hold a call on the Arica corridor."),
    ("es", "El consulado peruano en La Paz atiende cada lunes a los transportistas."),
    ("es", "Los ministros se reúnen todos los martes en Asunción."),
    ("fr", "Le marché transfrontalier de Kousseri ouvre chaque dimanche."),
    ("fr", "Les douaniers béninois et nigérians se concertent tous les jeudis à Sèmè."),
    ("pt", "O ferry entre Maputo e a Catembe tem horário reforçado todas as sextas-feiras."),
    ("pt", "A comissão mista reúne-se cada segunda-feira em Bissau."),
]


@pytest.mark.parametrize(("language", "text"), SETS)
def test_a_weekday_after_a_word_of_recurrence_is_no_date(language, text):
    assert extract_dates(text, PUB, language=language) == []


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "The joint border commission met on Monday in Torkham.", "2019-01-14"),
        ("en", "Each side signed the protocol on Tuesday in Ulaanbaatar.", "2019-01-15"),
        ("es", "Los ministros se reunieron el martes en Asunción.", "2019-01-15"),
        ("fr", "Le marché de Kousseri a fermé ses portes dimanche.", "2019-01-13"),
    ],
)
def test_the_weekday_alone_stays_a_date(language, text, day):
    assert [str(d.date_start) for d in extract_dates(text, PUB, language=language)] == [day]
