"""Subject of a state's own share of works others finance: a counterpart named right after its figure ("Rs 5 billion
as counterpart funds", "30 mil milhões de kwanzas como contrapartida nacional", "45 milliards de FCFA au titre de la
contrepartie nationale"), or a government's own or national contribution named right before it ("the government's
own contribution is put at", "Contraparte local:"), is the project's. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _subject_of(text: str, figure: str, language: str = "en") -> str:
    return next(m.subject for m in extract_money(text, language=language) if m.text == figure)


@pytest.mark.parametrize(
    "text, figure, language",
    [
        (
            "The Asian Development Bank lends $200 million for the highway, and the 2024 budget lists "
            "Rs 5 billion as counterpart funds.",
            "Rs 5 billion",
            "en",
        ),
        (
            "The ADB loan covers the bridges; the government's own contribution is put at $45 million.",
            "$45 million",
            "en",
        ),
        (
            "Monto del préstamo del BID: US$ 120 millones. Contraparte local: US$ 30 millones.",
            "US$ 30 millones",
            "es",
        ),
        (
            "El presupuesto paraguayo de 2025 incluye 40 millones de dólares como contrapartida nacional "
            "del crédito del BID.",
            "40 millones de dólares",
            "es",
        ),
        (
            "Le budget 2024 inscrit 12 milliards de FCFA au titre de la contrepartie nationale du prêt de la BAD.",
            "12 milliards de FCFA",
            "fr",
        ),
        (
            "O Orçamento do Estado inscreve 8 mil milhões de kwanzas como contrapartida nacional para as obras "
            "financiadas pelo banco chinês.",
            "8 mil milhões de kwanzas",
            "pt",
        ),
    ],
)
def test_money_a_states_counterpart_share_of_works_is_the_projects(text, figure, language):
    assert _subject_of(text, figure, language) == "project"


@pytest.mark.parametrize(
    "text, figure, language",
    [
        ("The minister met his Iraqi counterpart after trade reached $3 billion last year.", "$3 billion", "en"),
    ],
)
def test_money_a_counterpart_who_is_a_person_says_nothing(text, figure, language):
    assert _subject_of(text, figure, language) == "trade"
