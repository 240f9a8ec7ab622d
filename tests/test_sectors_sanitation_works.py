"""Water and sanitation works are infrastructure, in every language: a loan, a grant or an agreement for sanitation
(`sanitation`, `saneamiento`, `assainissement`, `saneamento`) builds networks, plants and latrines. The same words
for the clean-up of a budget, of accounts, of banks or of a business climate (`saneamiento financiero`,
`assainissement des finances publiques`, `saneamento das contas`) name no works. Every sentence was written for
these tests, with states and lenders of every region."""

import pytest

from pipelines.extract.sectors import extract_sectors
from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The World Bank approved a $120 million loan for water and sanitation in three districts of Malawi.", "en"),
        ("Japan and Bangladesh signed an agreement on urban sanitation for the city of Khulna.", "en"),
        ("The ADB will finance sanitation works in 14 towns of Uzbekistan under the new programme.", "en"),
        ("Under the deal, Korea will support sanitation and drainage projects in Dar es Salaam.", "en"),
        ("El BID aprobó un préstamo de 80 millones de dólares para agua potable y saneamiento en Honduras.", "es"),
        ("España y Marruecos firmaron un convenio de cooperación en saneamiento para Tetuán y Larache.", "es"),
        ("La CAF financiará proyectos de saneamiento en doce municipios de Bolivia.", "es"),
        ("El acuerdo prevé obras de saneamiento básico en barrios de Asunción con apoyo de Taiwán.", "es"),
        ("L'AFD accorde 40 millions d'euros pour l'assainissement de la ville de Cotonou.", "fr"),
        ("Le Maroc et la Mauritanie ont signé un accord de coopération dans le domaine de l'assainissement.", "fr"),
        ("La BAD financera des travaux d'eau potable et d'assainissement à Bamako et Ségou.", "fr"),
        ("Le projet d'assainissement de Yaoundé, financé par la Chine, démarrera en mars.", "fr"),
        ("O BNDES aprovou um financiamento de R$ 500 milhões para saneamento em municípios do Ceará.", "pt"),
        ("Portugal e Cabo Verde assinaram um acordo de cooperação em água e saneamento.", "pt"),
        ("O Banco Mundial vai financiar projetos de saneamento na cidade de Maputo e na Matola.", "pt"),
        ("O Japão apoia com 30 milhões de dólares o saneamento de Luanda, segundo o acordo assinado.", "pt"),
    ],
)
def test_sanitation_works_are_infrastructure(text, language):
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("El FMI apoyará el saneamiento de las finanzas públicas de Argentina con el nuevo acuerdo.", "es"),
        ("El acuerdo con Ecuador prevé un saneamiento fiscal en tres años.", "es"),
        ("El Gobierno firmó con los acreedores un plan de saneamiento financiero de la empresa estatal.", "es"),
        ("Le FMI soutient l'assainissement des finances publiques du Gabon dans le cadre du programme.", "fr"),
        ("L'accord prévoit l'assainissement du climat des affaires en Côte d'Ivoire.", "fr"),
        ("Le programme signé avec le Tchad vise un assainissement budgétaire rapide.", "fr"),
        ("O acordo com o FMI prevê o saneamento das contas públicas de Moçambique.", "pt"),
        ("Angola assinou com os credores um plano de saneamento financeiro da Sonangol.", "pt"),
    ],
)
def test_the_clean_up_of_a_budget_or_of_accounts_is_no_works(text, language):
    assert "infrastructure" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The World Bank lent Senegal $50 million for sanitation in Dakar, the ministry said.", "en"),
        ("Kenya will build sewers in Kisumu with a loan from the African Development Bank.", "en"),
        ("El BID financiará el alcantarillado de Cochabamba, informó el ministerio boliviano.", "es"),
    ],
)
def test_a_sanitation_cue_counts_once_for_infrastructure(text, language):
    hits = {hit.sector: hit.mentions for hit in extract_sectors(text, language=language)}
    assert hits["infrastructure"] == hits["environment"] == 1
