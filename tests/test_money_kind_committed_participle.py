"""Kind of a figure a participle of approving, allocating or pledging follows ("the $4.4 billion originally
approved", "$98 million was allocated in 2023", "the 900 million dollars parliament approved", "R$ 27 bilhões
aprovados em dezembro"): the size of what was committed (commitment), even as the base of a comparison or dated in
a past period. A figure a verb of trade or a receipt reports stays as it was. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The oil fund will pay $5.1 billion into the budget in 2026, up from the $4.6 billion originally approved.",
            "en",
        ),
        ("Under the tourism promotion plan, A$14 million was allocated in 2022 for roadshows in India.", "en"),
        ("Lima has so far received a fraction of the $300 million the Diet approved for the Andean railway.", "en"),
        (
            "El presupuesto de defensa sube a 9.000 millones de dólares, frente a 8.200 millones de dólares "
            "aprobados en 2023.",
            "es",
        ),
        ("Le budget des routes passe à 420 millions d'euros, contre 380 millions d'euros alloués l'an dernier.", "fr"),
        ("O plano foi revisto para R$ 12 bilhões, ante R$ 10 bilhões aprovados em março.", "pt"),
    ],
)
def test_money_a_figure_a_participle_of_committing_follows_is_committed(text, language):
    assert _kinds(text, language)[-1] == "commitment"


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exports to Chile rose to $2.3 billion in 2023 from $1.9 billion a year earlier.", "en"),
        ("Of the $80 million promised, only $12 million was received in March.", "en"),
        ("Les échanges ont atteint 900 millions d'euros en 2022, contre 750 millions d'euros un an plus tôt.", "fr"),
    ],
)
def test_money_a_figure_reported_without_such_a_participle_stays_reported(text, language):
    assert _kinds(text, language)[-1] == "actual"
