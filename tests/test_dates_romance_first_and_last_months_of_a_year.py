"""Spanish, French and Portuguese spans of the first or last months of a year ('los primeros ocho meses del año',
'les neuf premiers mois de 2016', 'os seis primeiros meses do ano', 'los últimos tres meses de 2023'), the number
before or after the ordinal: the months of the year named, or of the year reported on. The last months said alone
('les trois derniers mois') are the months before the report, no span of the year. Sentences written for these
tests."""

from datetime import date, timedelta

import pytest

from pipelines.extract.dates import extract_dates


def values(text, language, published):
    return {(d.date_start, d.date_end) for d in extract_dates(text, published, language=language)}


@pytest.mark.parametrize(
    "text, language, published, start, end",
    [
        (
            "Las remesas a Honduras subieron 9% en los primeros siete meses del año.",
            "es",
            date(2021, 9, 14),
            date(2021, 1, 1),
            date(2021, 7, 31),
        ),
        (
            "En los cuatro primeros meses de 2019 el puerto movió más carga.",
            "es",
            date(2019, 6, 2),
            date(2019, 1, 1),
            date(2019, 4, 30),
        ),
        (
            "Les ventes de cacao ont reculé au cours des neuf premiers mois de l'année.",
            "fr",
            date(2018, 11, 5),
            date(2018, 1, 1),
            date(2018, 9, 30),
        ),
        (
            "Sur les deux derniers mois de 2015, le Togo a importé moins de riz.",
            "fr",
            date(2016, 3, 1),
            date(2015, 11, 1),
            date(2015, 12, 31),
        ),
        (
            "Nos primeiros cinco meses do ano, Angola exportou mais petróleo.",
            "pt",
            date(2022, 7, 20),
            date(2022, 1, 1),
            date(2022, 5, 31),
        ),
        (
            "Os três últimos meses de 2020 foram os piores para o turismo cabo-verdiano.",
            "pt",
            date(2021, 2, 10),
            date(2020, 10, 1),
            date(2020, 12, 31),
        ),
        (
            "Durante los primeros seis meses, la empresa colombiana exportó café a Japón.",
            "es",
            date(2023, 8, 1),
            date(2023, 1, 1),
            date(2023, 6, 30),
        ),
    ],
)
def test_first_or_last_months_of_a_year(text, language, published, start, end):
    assert (start, end) in values(text, language, published)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les trois derniers mois, le déficit commercial du Sénégal a reculé.", "fr"),
        ("Los primeros meses de gobierno fueron difíciles para el presidente.", "es"),
        ("Nos primeiros três meses do mandato, o governo cortou gastos.", "pt"),
    ],
)
def test_months_of_no_year_give_no_span_of_one(text, language):
    spans = values(text, language, date(2019, 10, 10))
    assert not any(start and end and end - start > timedelta(days=27) for start, end in spans)
