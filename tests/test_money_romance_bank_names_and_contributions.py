"""Spanish, French and Portuguese money: a lender's name says nothing of what a figure is, whether the article keeps
it in English (`el Export-Import Bank de Estados Unidos`, `o Japan Bank for International Cooperation`) or writes
it in its own words after a capitalised article (`O Banco de Exportação e Importação da China`): its trade words
make no trade flow. A state or a lender that contributes a sum (`contribuirá con`, `contribui com`, `contribuera
à hauteur de`) commits it, unless the sum is what a sector adds to the economy (`contribuyó con ... al PIB`), a
figure reported. Sentences written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def kinds_and_subjects(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O Export-Import Bank dos Estados Unidos aprovou 4,7 mil milhões de dólares em Setembro para o gás.", "pt"),
        ("El Export-Import Bank de Estados Unidos aprobó 2.000 millones de dólares para la planta de Perú.", "es"),
        ("L'Export-Import Bank of Korea a accordé 500 millions de dollars au Sénégal pour la centrale.", "fr"),
        ("O Banco de Exportação e Importação da China aprovou 2 mil milhões de dólares para a estrada.", "pt"),
        ("El Banco de Exportación e Importación de China concedió 1.500 millones de dólares a Ecuador.", "es"),
    ],
)
def test_a_lender_s_name_makes_no_trade(text, language):
    [(kind, subject)] = kinds_and_subjects(text, language)
    assert kind == "commitment" and subject != "trade"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O Japan Bank for International Cooperation contribui com cerca de 3 mil milhões de dólares.", "pt"),
        ("España contribuirá con 50 millones de euros al fondo de reconstrucción de Ucrania.", "es"),
        ("La France contribuera à hauteur de 20 millions d'euros au Fonds mondial.", "fr"),
    ],
)
def test_a_sum_contributed_is_committed(text, language):
    assert [kind for kind, _ in kinds_and_subjects(text, language)] == ["commitment"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El turismo contribuyó con 3.000 millones de dólares al PIB de Costa Rica el año pasado.", "es", "actual"),
        ("O turismo contribuiu com 3 mil milhões de dólares para a economia de Cabo Verde em 2018.", "pt", "actual"),
        ("Las exportaciones de Perú a China sumaron 12.000 millones de dólares en 2023.", "es", "actual"),
        ("O comércio atingiu 2 mil milhões de dólares em 2022, segundo o Export-Import Bank.", "pt", "actual"),
    ],
)
def test_a_figure_reported_stays_reported(text, language, expected):
    assert [kind for kind, _ in kinds_and_subjects(text, language)] == [expected]
