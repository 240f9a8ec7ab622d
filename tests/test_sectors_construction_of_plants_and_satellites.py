"""'Construction' of a thing that is no works, a mill, a smelter, a fertiliser unit, a power plant or a satellite ("the
construction of a steel mill", "la construction d'une unité de mélange d'engrais", "la construction de centrales
solaires", "a construção de um satélite"), is industry, energy or space: no infrastructure. The construction of a
desalination unit, a road or a bridge still is. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two firms will form a venture, with construction of a steel mill in Ceará due to start in May.", "en"),
        ("Le groupe a signé une convention pour la construction d'une unité de mélange d'engrais à Kaolack.", "fr"),
        ("La banque a approuvé un prêt pour la construction de centrales solaires dans le nord du Bénin.", "fr"),
        ("Os dois presidentes discutiram a construção de um satélite conjunto, previsto para 2027.", "pt"),
        ("The agreement covers the construction of an aluminium smelter in Sohar by 2028.", "en"),
    ],
)
def test_construction_of_a_plant_or_a_satellite_is_no_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les deux offices ont signé une convention pour la construction d'une unité de dessalement à Agadir.", "fr"),
        ("The agreement covers the construction of a bridge over the Ruvuma river.", "en"),
    ],
)
def test_construction_of_works_is_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)
