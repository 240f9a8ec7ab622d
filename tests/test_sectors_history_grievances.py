"""Forced labour of the past named as a grievance between two states ("the wartime labor issue", "victims of forced
labour") is a dispute of history, no cooperation on labour; workers recruited or sent under an agreement stay labour.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The dispute over wartime labor compensation has soured relations between Seoul and Tokyo for years.", "en"),
        ("Both foreign ministers avoided the question of forced labor during their talks in Busan.", "en"),
        ("Los dos gobiernos negociaron durante años la compensación a los trabajadores forzados.", "es"),
        ("Les deux pays restent divisés sur l'indemnisation des travailleurs forcés de la guerre.", "fr"),
    ],
)
def test_forced_labour_of_the_past_is_no_labour(text: str, language: str) -> None:
    assert "labour" not in sectors_of(text, language)


def test_workers_sent_under_an_agreement_stay_labour() -> None:
    text = "The two ministers signed an agreement on the recruitment of seasonal workers for the harvest."
    assert "labour" in sectors_of(text)
