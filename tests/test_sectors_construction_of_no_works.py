"""A word of construction whose object is no works builds nothing of infrastructure: vessels ("the construction of
six patrol boats") and plants that process or make goods ("la construcción de una fábrica de fertilizantes", "the
construction of a petrochemical complex") are industry; a bridge, a road or a port built stay infrastructure. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Under the loan agreement, Korea will finance the construction of six patrol boats for Ghana.", "en"),
        ("The two firms signed a deal on the construction of a petrochemical complex in the north.", "en"),
        ("Ambos gobiernos acordaron la construcción de una fábrica de fertilizantes en Bolivia.", "es"),
        ("L'accord porte sur la construction d'une usine de transformation de noix de cajou.", "fr"),
        ("O acordo prevê a construção de navios para a marinha mercante angolana.", "pt"),
    ],
)
def test_construction_of_a_vessel_or_a_factory_is_no_infrastructure(text, language):
    assert "infrastructure" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Under the loan agreement, Korea will finance the construction of a bridge over the Volta.", "en"),
        ("Ambos gobiernos acordaron la construcción de viviendas sociales en Bolivia.", "es"),
    ],
)
def test_construction_of_works_is_infrastructure(text, language):
    assert "infrastructure" in sectors_of(text, language)
