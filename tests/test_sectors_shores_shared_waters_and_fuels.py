"""Works that hold back the sea and the rivers (embankments, sluice gates, polders, revetments, seawalls, mangroves
planted) and waters two states share (transboundary rivers, flood and river data exchanged, the filling of a dam
upstream) are water resources, which is environment; hydrogen, fuel cells, bunker fuel and fuel subsidies are
energy (ethanol, listed among goods traded as often as it is fuel, is no cue). es/fr/pt: manglares, érosion
côtière, rios transfronteiriços, hidrógeno, hydrogène. Every sentence was written for these tests, with names and
places from every region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Dutch loan will pay for raising embankments and sluice gates in the coastal polders of Khulna.", "en"),
        ("Australia will fund 100,000 mangrove seedlings and a seawall for Manus province.", "en"),
        ("Japan and Vietnam agreed on a revetment to stop erosion along the Mekong delta coast.", "en"),
        ("India and Bangladesh signed a deal to exchange flood data on their common rivers before the monsoon.", "en"),
        ("Egypt and Sudan called for mediation before Ethiopia starts the filling of the dam in July.", "en"),
        ("Kazakhstan and Uzbekistan discussed the rational use of transboundary rivers in Tashkent.", "en"),
        ("Senegal and Mauritania agreed a water sharing plan for the river valley.", "en"),
        ("Colombia y Ecuador firmaron un acuerdo para restaurar los manglares de la costa del Pacífico.", "es"),
        ("Perú y Bolivia acordaron gestionar juntos las aguas transfronterizas del Titicaca.", "es"),
        ("Le Bénin et le Togo ont signé un accord contre l'érosion côtière sur le golfe de Guinée.", "fr"),
        ("Le Mali et la Guinée vont échanger des données hydrologiques sur le fleuve Niger.", "fr"),
        ("Moçambique e o Zimbabué assinaram um acordo sobre os rios transfronteiriços da bacia do Save.", "pt"),
        ("A Guiné-Bissau e o Senegal vão proteger os manguezais do estuário com apoio europeu.", "pt"),
    ],
)
def test_shores_and_shared_waters_are_environment(text: str, language: str) -> None:
    assert "environment" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Germany will co-finance a hydrogen research project of Czech and Polish universities.", "en"),
        ("Oman and Belgium signed a deal to ship hydrogen from Duqm to Antwerp from 2030.", "en"),
        ("Toyota and the Tokyo government agreed to put 600 fuel cell taxis on the road.", "en"),
        ("The Indian company is studying a bunker fuel depot at the Omani port.", "en"),
        ("Nigeria agreed with the lender to remove the fuel subsidy by January.", "en"),
        ("Chile y Alemania firmaron un memorando sobre el hidrógeno producido en Magallanes.", "es"),
        ("Le Maroc et l'Allemagne ont signé un accord sur l'hydrogène produit à Tarfaya.", "fr"),
        ("O Brasil e a Índia acordaram cooperar na produção de hidrogénio para exportação.", "pt"),
    ],
)
def test_fuels_are_energy(text: str, language: str) -> None:
    assert "energy" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Dhaka urged Islamabad to lift the duty on its hydrogen peroxide exports to Pakistan.",
        "Seoul asked Tokyo to ease curbs on exports of hydrogen chloride to Korean chipmakers.",
        "Major export items to Indonesia will include tobacco, rice, ethanol, citrus and mangoes.",
    ],
)
def test_a_chemical_named_for_hydrogen_is_no_energy(text: str) -> None:
    assert "energy" not in sectors_of(text)
