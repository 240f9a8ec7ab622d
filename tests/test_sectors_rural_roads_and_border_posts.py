"""Rural and local roads and border posts in Spanish, French and Portuguese are transport, as roads and border
crossings are in English: "caminos vecinales", "caminos rurales" (Spanish says "camino" of a road only with these
words; "el camino hacia la paz" is no road), "le poste frontalier de ..." (the French for a border crossing), "o posto
de fronteira". Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japón donará 40 millones de dólares para mejorar caminos vecinales en el norte de Bolivia.", "es"),
        ("El BID aprobó un préstamo para rehabilitar caminos rurales en tres provincias andinas.", "es"),
        ("Ambos gobiernos acordaron pavimentar el camino rural que une las dos aduanas.", "es"),
        ("Les deux ministres ont convenu de rouvrir le poste frontalier de Ras Jedir avant l'été.", "fr"),
        ("Le Bénin et le Nigeria vont moderniser leurs postes frontaliers avec l'appui de la Banque.", "fr"),
        ("Os dois governos acordaram reabrir o posto de fronteira de Santa Clara em junho.", "pt"),
    ],
)
def test_rural_roads_and_border_posts_are_transport(text, language):
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Los dos presidentes acordaron seguir el camino del diálogo y la cooperación política.", "es"),
        ("Les deux pays ont signé un accord de coopération politique et culturelle.", "fr"),
    ],
)
def test_a_way_forward_is_no_road(text, language):
    assert "transport" not in sectors_of(text, language)
