"""A span of months joined by a dash in Spanish, French and Portuguese is one mention, with its year after `de`
(`enero-junio de 2025`, `janeiro–março de 2024`) or without a year after a preposition or a period noun (`en
enero-junio`, `no período janeiro-março`, `la période janvier-juin`), as `in January-June` is in English
(sentences written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2025, 8, 14)


def values(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB, (), language, "")]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Colombia recibió 9.000 millones de dólares de inversión durante enero-junio de 2025.",
            "es",
            ("enero-junio de 2025", "2025-01-01", "2025-06-30"),
        ),
        (
            "As exportações de café para o Japão caíram 8% em janeiro–março de 2024.",
            "pt",
            ("janeiro–março de 2024", "2024-01-01", "2024-03-31"),
        ),
        (
            "Les ventes de cacao ivoirien ont progressé sur la période janvier-juin de 2024.",
            "fr",
            ("janvier-juin de 2024", "2024-01-01", "2024-06-30"),
        ),
        (
            "En el periodo enero-marzo, las remesas a Honduras crecieron un 7 %.",
            "es",
            ("enero-marzo", "2025-01-01", "2025-03-31"),
        ),
        (
            "Em janeiro-junho, o comércio entre Angola e o Brasil cresceu 12%.",
            "pt",
            ("janeiro-junho", "2025-01-01", "2025-06-30"),
        ),
        (
            "En janvier-mai, les importations sénégalaises de riz ont reculé.",
            "fr",
            ("janvier-mai", "2025-01-01", "2025-05-31"),
        ),
        (
            "No período outubro-dezembro, as vendas recuaram 3%.",
            "pt",
            ("outubro-dezembro", "2024-10-01", "2024-12-31"),
        ),
    ],
)
def test_a_dashed_span_of_months_is_one_mention(text, language, expected):
    assert values(text, language) == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("El presidente viajó a Quito en junio.", "es", [("en junio", "2025-06-01", "2025-06-30")]),
        ("Abril-Mayo es el nombre del grupo.", "es", []),
    ],
)
def test_a_month_alone_stays_one_month(text, language, expected):
    assert values(text, language) == expected
