"""Roads in the plural listed among the fields of other sectors that a loan, a grant or a programme serves ("credit for
roads, water and schools", "energia, água e estradas") are the road network among those fields, and built: transport
and infrastructure, as a port or a railway built is both. Listed among other construction works whose own sector is
infrastructure (housing, dams, sanitation) they are works built, infrastructure alone. Every sentence was written for
these tests, with states and lenders of every region."""

import pytest

from tests.sector_sets import sectors_of

FIELDS = [
    ("The Kuwait Fund will lend Kyrgyzstan $40 million for roads, irrigation and rural schools.", "en"),
    ("Most of the Indian credit line to Malawi is earmarked for roads and power.", "en"),
    ("The grant from Seoul covers roads, water supply and farm markets in northern Ghana.", "en"),
    ("The African Development Bank's portfolio in Zambia sits mostly in roads and energy.", "en"),
    ("Under the compact, Washington will spend $480 million on roads, clinics and electricity in Nepal.", "en"),
    ("The IDB loan to Paraguay will fund rural roads, drinking water and vocational training.", "en"),
    ("Japan's package for Laos covers roads, power lines and teacher colleges in three provinces.", "en"),
    ("Saudi money will go to roads, water pipes and schools in southern Yemen, the minister said.", "en"),
    ("El crédito del BID a Honduras financiará carreteras, agua potable y escuelas rurales.", "es"),
    ("España y Mauritania firmaron un programa de 80 millones para carreteras, riego y formación profesional.", "es"),
    ("La línea de crédito china a Bolivia se destinará a carreteras y electricidad en el altiplano.", "es"),
    ("Le prêt de la BOAD au Togo servira aux routes, à l'eau potable et aux écoles rurales.", "fr"),
    ("La France consacrera 200 millions d'euros aux routes, à l'électricité et à la formation au Cameroun.", "fr"),
    ("A linha de crédito de Portugal a Cabo Verde abrange estradas, abastecimento de água e escolas.", "pt"),
    ("O Brasil vai financiar estradas, redes eléctricas e hospitais em Angola.", "pt"),
    ("O acordo prevê 300 milhões de euros para energia, água e estradas em Moçambique.", "pt"),
]


@pytest.mark.parametrize("text, language", FIELDS)
def test_roads_among_other_fields_are_transport_and_infrastructure(text: str, language: str) -> None:
    sectors = sectors_of(text, language)
    assert {"transport", "infrastructure"} <= sectors


WORKS = [
    ("Turkish contractors have built roads, housing and hotels worth $6 billion in Turkmenistan.", "en"),
    ("The Saudi deposit will pay for roads, housing and water projects in Sinai.", "en"),
    ("Chinese builders hold contracts for roads, dams and housing across Ethiopia.", "en"),
    ("Las constructoras brasileñas ejecutan obras de carreteras, represas y viviendas en Venezuela.", "es"),
    ("Les entreprises marocaines réalisent des routes, des barrages et des logements au Gabon.", "fr"),
    ("As construtoras portuguesas têm contratos de estradas, barragens e habitação em Angola.", "pt"),
    ("O banco financiou projectos em estradas, saneamento e energia, executados por construtoras brasileiras.", "pt"),
]


@pytest.mark.parametrize("text, language", WORKS)
def test_roads_among_construction_works_are_infrastructure_alone(text: str, language: str) -> None:
    sectors = sectors_of(text, language)
    assert "infrastructure" in sectors and "transport" not in sectors


ROUTES = [
    ("The two governments agreed to upgrade roads and bridges linking Tajikistan and Uzbekistan.", "en"),
    ("El préstamo financiará carreteras y puentes entre Guatemala y El Salvador.", "es"),
    ("Le programme couvre les routes et les voies ferrées entre le Mali et le Sénégal.", "fr"),
]


@pytest.mark.parametrize("text, language", ROUTES)
def test_roads_beside_other_routes_are_transport(text: str, language: str) -> None:
    assert "transport" in sectors_of(text, language)
