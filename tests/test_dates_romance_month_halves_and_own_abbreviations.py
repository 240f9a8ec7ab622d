"""Two classes of Spanish, French and Portuguese dates that the English rules already read (sentences written for
these tests, every region):

- a half of a month as its fortnight (`la primera quincena de noviembre`, `la seconde quinzaine de juin`, `a primeira
  quinzena de março`: `month_half` of date_words.csv) is a span of days, the 1st to the 15th or the 16th to the last,
  as `the first half of May` is;
- a month abbreviated in the article's own language is a date in lower case, as these languages write months,
  though English writes the same letters capitalised (`le 5 oct. 2020`, `el 5 de nov.`, `3 de jun.`); a number that
  is also an abbreviation (`dez`, ten; `sept`, seven) is no month alone (`ambiguous_alone`).
"""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2020, 3, 12)


def values(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB, (), language, "")]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "La visita del canciller paraguayo a Montevideo está prevista para la primera quincena de noviembre.",
            "es",
            ("la primera quincena de noviembre", "2020-11-01", "2020-11-15"),
        ),
        (
            "Las lluvias de la segunda quincena de enero de 2019 dañaron los cultivos de arroz en Piura.",
            "es",
            ("la segunda quincena de enero de 2019", "2019-01-16", "2019-01-31"),
        ),
        (
            "El buque llegará a Cartagena en la última quincena de abril con ayuda para Haití.",
            "es",
            ("en la última quincena de abril", "2020-04-16", "2020-04-30"),
        ),
        (
            "La mission du FMI séjournera à Niamey durant la première quinzaine de juin.",
            "fr",
            ("la première quinzaine de juin", "2020-06-01", "2020-06-15"),
        ),
        (
            "La récolte de cacao ivoirien a débuté dans la seconde quinzaine de février 2020.",
            "fr",
            ("dans la seconde quinzaine de février 2020", "2020-02-16", "2020-02-29"),
        ),
        (
            "Les pluies de la deuxième quinzaine d'août 2019 ont coupé la route entre Kinshasa et Matadi.",
            "fr",
            ("la deuxième quinzaine d'août 2019", "2019-08-16", "2019-08-31"),
        ),
        (
            "A delegação timorense visitará Jacarta na primeira quinzena de maio, disse o ministério.",
            "pt",
            ("na primeira quinzena de maio", "2020-05-01", "2020-05-15"),
        ),
        (
            "Os primeiros contentores saíram do porto de Nacala na segunda quinzena de outubro de 2019.",
            "pt",
            ("na segunda quinzena de outubro de 2019", "2019-10-16", "2019-10-31"),
        ),
        ("Le forum Maroc-Sénégal se tiendra le 5 oct. à Dakar.", "fr", ("le 5 oct.", "2020-10-05", "2020-10-05")),
        (
            "Le prêt de la BOAD a été signé le 17 sept. 2019 à Lomé.",
            "fr",
            ("le 17 sept. 2019", "2019-09-17", "2019-09-17"),
        ),
        (
            "Le conseil des ministres du Gabon a adopté le texte le 28 nov. 2019.",
            "fr",
            ("le 28 nov. 2019", "2019-11-28", "2019-11-28"),
        ),
        (
            "La ruta aérea entre Quito y Bogotá se reanudó el 9 de oct. de 2019.",
            "es",
            ("el 9 de oct. de 2019", "2019-10-09", "2019-10-09"),
        ),
        (
            "El tratado entre Honduras y El Salvador entrará en vigor el 2 de nov. de 2020.",
            "es",
            ("el 2 de nov. de 2020", "2020-11-02", "2020-11-02"),
        ),
        (
            "O acordo entre Cabo Verde e o Senegal foi assinado a 14 de jul. de 2019.",
            "pt",
            ("14 de jul. de 2019", "2019-07-14", "2019-07-14"),
        ),
    ],
)
def test_a_half_of_a_month_and_a_month_abbreviated_in_the_own_language(text, language, expected):
    assert expected in values(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("O porto de Luanda recebeu navios durante dez dias seguidos em janeiro.", "pt"),
        ("Os preços do cimento em Moçambique subiram durante dez semanas.", "pt"),
        ("Les ministres des sept pays du Sahel se sont réunis à Niamey pour la sécurité.", "fr"),
        ("Le chantier du port de Kribi a duré sept ans, selon le ministère camerounais.", "fr"),
        ("El comercio por mar entre Chile y China creció un 12 por ciento.", "es"),
    ],
)
def test_a_number_or_a_word_that_abbreviates_a_month_is_no_month_alone(text, language):
    found = values(text, language)
    assert not any(t.casefold().endswith(("dez", "sept", "mar")) for t, _, _ in found), found


def test_english_keeps_its_capitals():
    assert values("Ministers may meet in oct. to sign the deal.", "en") == []
