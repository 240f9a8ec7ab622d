"""A disaster is humanitarian work where its sentence speaks of relief, help, victims or rebuilding, and relief is named
by its goods too (tents, food parcels, food aid, víveres, sinistrés, desabrigados); a disaster named in passing (losses
after floods, "not a disaster", flood-prone districts) is none. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The UAE sent 50 tonnes of food parcels, tents and blankets to families displaced by the floods in Sindh.",
            "en",
        ),
        ("China delivered 10,000 tonnes of rice as emergency food assistance to drought-stricken Zimbabwe.", "en"),
        ("Pakistan dispatched a second consignment of tents, medicines and food to quake-hit Turkey.", "en"),
        ("Kuwait donated $2 million to help rebuild homes destroyed by the earthquake in Nepal.", "en"),
        ("México donó víveres, agua y medicinas a los damnificados del terremoto en Ecuador.", "es"),
        ("Le Maroc a envoyé des tentes et des vivres aux sinistrés du séisme en Turquie.", "fr"),
        ("O Brasil enviou 30 toneladas de alimentos e medicamentos para as vítimas das cheias em Moçambique.", "pt"),
        ("Ambos países destacaron el trabajo conjunto en la gestión de riesgos de desastres naturales.", "es"),
        ("Les deux pays renforceront leur coopération dans la prévention des catastrophes naturelles.", "fr"),
    ],
)
def test_relief_and_its_goods_are_humanitarian(text: str, language: str) -> None:
    assert "humanitarian" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Japanese manufacturers absorbed losses after last year's floods there, but most plan to expand plants.",
        "The collapse of the trade talks was a setback, but not a disaster, the WTO chief told reporters in Geneva.",
        "The World Bank approved a $300 million credit to help build bridges in flood-prone districts of Bangladesh.",
    ],
)
def test_a_disaster_in_passing_is_no_humanitarian_work(text: str) -> None:
    assert "humanitarian" not in sectors_of(text)
