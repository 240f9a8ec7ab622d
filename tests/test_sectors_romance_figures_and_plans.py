"""Spanish, French and Portuguese sentences that report a figure, a goal or a contribution of the sides in their own
words ("alcanzó", "a atteint", "caiu para", "aportará", "l'objectif"), as English ones do with "reached", "fell",
"contribute" and "goal": the sector named in them counts. A cue in a sentence with none of them still does not."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a figure that rose, fell or reached a level
        ("En el puerto de Callao, la espera de los buques cayó a cuatro días en junio.", "es", "transport"),
        ("Au port de Lomé, le trafic de conteneurs a atteint un niveau inédit.", "fr", "transport"),
        ("No porto de Nacala, a fila de navios caiu para 12 na semana passada.", "pt", "transport"),
        ("La producción de cobre alcanzó su nivel más alto en la provincia de Salta.", "es", "mining"),
        ("Le nombre de touristes chinois a augmenté de moitié à Madagascar.", "fr", "tourism"),
        # a side's contribution, a goal, a supply
        ("La provincia de Mendoza aportará la infraestructura que requieran los yacimientos.", "es", "infrastructure"),
        ("L'objectif est de doubler le nombre d'étudiants béninois au Maroc.", "fr", "education"),
        ("A Índia vai fornecer vacinas ao Malawi no próximo trimestre.", "pt", "health"),
        # workers, like "workers" in English, are themselves a word of work
        ("Los inspectores revisarán con el consulado la situación de los trabajadores temporales.", "es", "labour"),
    ],
)
def test_a_romance_figure_or_plan_makes_the_cue_count(text, language, sector):
    assert sector in _sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        # the cue alone, in a sentence that reports nothing of the sides
        ("El puerto de Valparaíso es el más antiguo de Chile.", "es"),
        ("Le port de Dakar se trouve à l'ouest de la ville.", "fr"),
        ("O porto da Beira fica no centro do país.", "pt"),
        # an English "facility" is no Romance verb of facilitating
        ("The hospital is a facility near the border.", "en"),
    ],
)
def test_a_cue_without_a_figure_or_plan_still_counts_nothing(text, language):
    assert _sectors(text, language) == set()
