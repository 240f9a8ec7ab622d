"""Date stamps as pages of other outlets print them: a weekday cut short in Spanish, French or Portuguese (`Mié,`,
`Mer.`, `Quinta,`), a small word between the day, the month and the year (`3rd of March`, `de Marzo del 2022`), and
the labels of a stamp in the four languages read (`Fecha:`, `Date de publication :`, `Data de publicação:`,
`Delivered on`). Page heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = {
    "en": (
        "The two governments agreed on Monday to widen their cooperation on ports, power lines and the training "
        "of customs officers, officials said after the talks ended.\n"
    ),
    "es": (
        "Los dos gobiernos acordaron el lunes ampliar su cooperación en puertos, líneas eléctricas y la formación "
        "de funcionarios de aduanas, según dijeron los responsables al término de las conversaciones.\n"
    ),
    "fr": (
        "Les deux gouvernements ont convenu lundi d'élargir leur coopération dans les ports, les lignes électriques "
        "et la formation des douaniers, ont indiqué des responsables à l'issue des entretiens.\n"
    ),
    "pt": (
        "Os dois governos acordaram na segunda-feira ampliar a cooperação em portos, linhas de energia e na "
        "formação de funcionários aduaneiros, disseram os responsáveis após o fim das conversações.\n"
    ),
}
HEADLINE = {
    "en": "Lesotho and Eswatini open a shared water authority",
    "es": "Honduras y Nicaragua acuerdan vigilar juntos el golfo de Fonseca",
    "fr": "Le Burkina Faso et le Togo relancent le corridor routier vers Lomé",
    "pt": "Cabo Verde e São Tomé assinam acordo de transporte marítimo",
}


@pytest.mark.parametrize(
    ("language", "stamp", "day"),
    [
        # a weekday cut short, before a numeric date and a clock, or a date in words
        ("es", "Mié, 12/05/2021 - 10:33", date(2021, 5, 12)),
        ("es", "Sáb 15 de mayo de 2021", date(2021, 5, 15)),
        ("fr", "Mer. 12 mai 2021 - 10h33", date(2021, 5, 12)),
        ("pt", "Quinta, 03 Março 2022 14:15", date(2022, 3, 3)),
        ("pt", "Seg, 07/03/2022 - 09:00", date(2022, 3, 7)),
        # a small word joins day, month and year
        ("en", "3rd of March 2022", date(2022, 3, 3)),
        ("es", "3 de Marzo del 2022", date(2022, 3, 3)),
        # the labels of a stamp in the four languages
        ("en", "Date of publication: 3 March 2020", date(2020, 3, 3)),
        ("en", "Delivered on 4 May 2019", date(2019, 5, 4)),
        ("es", "Fecha: 3 de marzo de 2022", date(2022, 3, 3)),
        ("es", "Fecha de publicación: 14/06/2021", date(2021, 6, 14)),
        ("fr", "Date de publication : 3 mars 2022", date(2022, 3, 3)),
        ("pt", "Data de publicação: 03/03/2022", date(2022, 3, 3)),
    ],
)
def test_a_stamp_under_the_headline_dates_the_page(language, stamp, day):
    text = f"{HEADLINE[language]}\n\n{stamp}\n\n{BODY[language]}"
    meta = extract_metadata(text)
    assert (meta.title, meta.publication_date) == (HEADLINE[language], day)


def test_a_stamp_with_a_short_weekday_above_the_headline_is_no_dateline():
    text = f"Mié, 12/05/2021 - 10:33\n\n{HEADLINE['es']}\n\n{BODY['es']}"
    meta = extract_metadata(text)
    assert (meta.title, meta.publication_date) == (HEADLINE["es"], date(2021, 5, 12))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a short weekday's letters opening a headline: no stamp there
        ("pt", "Mar de Timor: Austrália e Timor-Leste revêem tratado de 2006"),
        ("es", "Dom Pedro II y el comercio del café en 1850"),
        # a day joined to its month in the body is a date of the story, never the page's
        ("en", "Talks resume after the 3rd of March 2022 deadline passes"),
    ],
)
def test_no_stamp_is_read_where_a_page_prints_none(language, text):
    meta = extract_metadata(f"{text}\n\n{BODY[language]}")
    assert (meta.title, meta.publication_date) == (text, None)


@pytest.mark.parametrize(
    ("language", "stamp", "day"),
    [
        # the weekday after the date, in brackets, as South and East Asian pages print it
        ("en", "March 3, 2022 (Thursday)", date(2022, 3, 3)),
        ("en", "3 March 2022 (Thu) 14:15", date(2022, 3, 3)),
        # the labels of a wire's or a ministry's filing, and of a page put online
        ("en", "Filed: 3 March 2022", date(2022, 3, 3)),
        ("en", "Issued: 14 June 2021", date(2021, 6, 14)),
        ("fr", "Mis en ligne le 3 mars 2022", date(2022, 3, 3)),
        ("pt", "Divulgado em 03/03/2022", date(2022, 3, 3)),
    ],
)
def test_a_stamp_with_its_weekday_after_it_or_a_filing_label_dates_the_page(language, stamp, day):
    text = f"{HEADLINE[language]}\n\n{stamp}\n\n{BODY[language]}"
    meta = extract_metadata(text)
    assert (meta.title, meta.publication_date) == (HEADLINE[language], day)
