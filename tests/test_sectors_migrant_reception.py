"""Centres that receive and shelter migrants or refugees ("two reception centres on its soil", "un centro de atención a
migrantes", "l'accueil des réfugiés", "o acolhimento de refugiados") are humanitarian work. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Under the protocol, Austria will fund three reception centres for migrants on the Slovenian border.", "en"),
        ("Ambos gobiernos acordaron abrir un centro binacional de atención a migrantes en Ipiales.", "es"),
        ("Les deux ministres ont signé un accord sur l'accueil des réfugiés soudanais à Abéché.", "fr"),
        ("Os dois governos assinaram um acordo para o acolhimento de refugiados venezuelanos em Roraima.", "pt"),
    ],
)
def test_reception_of_migrants_is_humanitarian(text: str, language: str) -> None:
    assert "humanitarian" in sectors_of(text, language)
