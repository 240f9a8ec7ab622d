"""Spanish, French and Portuguese words of three classes that English reads with its own cues:

- land and zones laid out for use (`aménagement`, French for the development works of a site, a bay or a zone), and
  the works of a project named in the singular (`la obra`, `a obra`, as English "the works"): infrastructure;
- patrols held together and border controls (`patrullas conjuntas`, `patrouilles conjointes`, `patrulhas
  conjuntas`, `controles fronterizos`), as English "joint patrols" and "border controls": security;
- the rural and tertiary roads that a loan improves (`caminos rurales`, `vías terciarias`, `estradas vicinais`,
  `pistes rurales`), routes whose works are construction, as English "rural roads".

A work of art, a workforce (`mano de obra`) and a ministry's portfolio (`Aménagement du territoire`) stay out."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # land and zones laid out
        (
            "Le Fonds financera l'aménagement d'une zone industrielle près de Kénitra pour 300 millions de dirhams.",
            "fr",
            "infrastructure",
        ),
        ("Les deux pays ont signé un accord sur l'aménagement de la corniche de Nouakchott.", "fr", "infrastructure"),
        (
            "Rabat et Abidjan ont lancé les travaux d'aménagement de la lagune, un projet de 150 millions d'euros.",
            "fr",
            "infrastructure",
        ),
        # the works, singular
        (
            "La obra demandará una inversión de 900 millones de dólares y estará a cargo de un consorcio chino.",
            "es",
            "infrastructure",
        ),
        (
            "A obra, a cargo de uma construtora brasileira, tem custo estimado de 2 mil milhões de dólares.",
            "pt",
            "infrastructure",
        ),
        (
            "El ministro anunció que la obra comenzará en marzo con financiamiento del banco chino.",
            "es",
            "infrastructure",
        ),
        # joint patrols and border controls
        ("Los ministros acordaron crear patrullas conjuntas en la costa norte a partir de mayo.", "es", "security"),
        ("Les deux pays organiseront des patrouilles conjointes le long du fleuve.", "fr", "security"),
        ("Os governos acordaram realizar patrulhas conjuntas na fronteira a partir de junho.", "pt", "security"),
        ("La gendarmería y la policía de ambos países coordinarán controles fronterizos en el paso.", "es", "security"),
        # rural roads improved
        (
            "El banco aprobó un préstamo de 400 millones de dólares para mejorar vías terciarias en el sur del país.",
            "es",
            "infrastructure",
        ),
        (
            "El programa rehabilitará 2.000 kilómetros de caminos rurales con apoyo del Banco Mundial.",
            "es",
            "infrastructure",
        ),
        (
            "O acordo prevê 50 milhões de dólares para reabilitar estradas vicinais na província.",
            "pt",
            "infrastructure",
        ),
        (
            "La Banque financera la réhabilitation de 800 kilomètres de pistes rurales dans le nord.",
            "fr",
            "infrastructure",
        ),
    ],
)
def test_a_romance_cue_of_the_class_counts(text, language, sector):
    assert sector in _sectors(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a ministry's portfolio
        ("Le ministre de l'Aménagement du territoire, M. Diallo, a reçu la délégation.", "fr", "infrastructure"),
        # a work of art, a play, a workforce
        ("La obra de arte fue donada al museo de la ciudad en 1990 durante la visita.", "es", "infrastructure"),
        ("A obra de teatro foi apresentada em Lisboa durante a visita do ministro.", "pt", "infrastructure"),
        ("Las empresas buscan mano de obra calificada para la planta de Querétaro.", "es", "infrastructure"),
        # a patrol boat is a vessel, no patrol held together
        ("El astillero firmó un acuerdo para el diseño de un buque patrullero oceánico.", "es", "security"),
    ],
)
def test_no_romance_cue_of_the_class_here(text, language, sector):
    assert sector not in _sectors(text, language)
