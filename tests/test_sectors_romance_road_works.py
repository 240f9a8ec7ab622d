"""A road in French ("la route", "le réseau routier"), Spanish ("la red vial") or Portuguese ("a rede rodoviária") that
is built, rehabilitated or financed is works on a route, as "to finance the road" is in English: transport and
infrastructure. A road map, a journey "en route" and a policy named for a road are none. Every sentence was written
for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le prêt de la BOAD financera la route qui relie Kara à la frontière du Burkina Faso.", "fr"),
        ("L'Union européenne appuiera la réhabilitation de la route nationale 2 au Tchad.", "fr"),
        ("Un accord de financement pour la modernisation du réseau routier du Sud a été signé à Rabat.", "fr"),
        ("La CAF financiará la ampliación de la red vial entre Cuenca y Loja.", "es"),
        ("O Banco Mundial vai financiar a reabilitação da rede rodoviária da Zambézia.", "pt"),
    ],
)
def test_a_romance_road_built_or_financed_is_works_on_a_route(text, language):
    assert {"transport", "infrastructure"} <= _sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les deux ministres ont adopté une feuille de route pour leur coopération.", "fr"),
        ("Le président, en route pour Niamey, a fait escale à Alger.", "fr"),
        ("Le Kenya a rejoint l'initiative de la nouvelle route de la soie en 2017.", "fr"),
    ],
)
def test_a_road_map_a_journey_or_a_policys_name_is_no_route(text, language):
    assert not {"transport", "infrastructure"} & _sectors(text, language)


def test_road_transport_that_grows_is_a_route_not_works():
    assert _sectors("Le transport routier entre les deux pays a augmenté de 10 % en 2022.", "fr") == {"transport"}
