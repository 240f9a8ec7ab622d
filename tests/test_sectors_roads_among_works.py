"""Roads in the plural listed next to other construction works ("contracts for roads, dams and housing", "estradas,
barragens e habitação") are works built, infrastructure, not routes; next to bridges or another route they are the road
network, transport; next to fields of other sectors they are both (tests/test_sectors_roads_among_fields.py). Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Brazilian contractors hold contracts worth $3 billion in Angola, mostly for roads, dams and housing.", "en"),
        (
            "As construtoras têm contratos de R$ 3 bilhões em Angola, sobretudo em estradas, barragens e habitação.",
            "pt",
        ),
        ("Chinese credit has paid for housing, roads and a sports stadium in Apia, the Samoan minister said.", "en"),
        ("The two prime ministers agreed to build dams, roads and clinics in the border districts.", "en"),
        ("El acuerdo prevé ampliar la cooperación en carreteras y viviendas rurales.", "es"),
    ],
)
def test_roads_among_works_are_infrastructure_not_transport(text: str, language: str) -> None:
    sectors = sectors_of(text, language)
    assert "infrastructure" in sectors and "transport" not in sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two countries agreed to improve roads and railways linking their border towns.", "en"),
        ("Le prêt financera des routes, des ponts et des écoles dans le nord du pays.", "fr"),
    ],
)
def test_roads_with_other_routes_are_transport(text: str, language: str) -> None:
    assert "transport" in sectors_of(text, language)
