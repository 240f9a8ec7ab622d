"""Spanish, French and Portuguese ministries whose portfolios are listed with commas and closed by a conjunction,
in sentences written for these tests: the last portfolio may be a word that also heads bodies (`y Empresa`), and
in French a portfolio may carry its lower-case adjective (`des Ressources hydrauliques`, `de la Coopération
africaine`). A head's word after the conjunction that goes on with capitalised words opens a name of its own."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, (), None, None, language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "El Ministerio de Economía, Comercio y Empresa anunció nuevas ayudas.",
            "es",
            "Ministerio de Economía, Comercio y Empresa",
        ),
        (
            "La Secretaría de Industria, Minería y Empresa publicó el decreto.",
            "es",
            "Secretaría de Industria, Minería y Empresa",
        ),
        (
            "El Ministerio de Agricultura, Ganadería y Pesca firmó el convenio.",
            "es",
            "Ministerio de Agricultura, Ganadería y Pesca",
        ),
        (
            "La Agencia de Hacienda, Turismo y Empresa recibió a la delegación china.",
            "es",
            "Agencia de Hacienda, Turismo y Empresa",
        ),
        (
            "O Ministério da Indústria, Comércio e Serviços assinou o memorando.",
            "pt",
            "Ministério da Indústria, Comércio e Serviços",
        ),
        (
            "O Ministério da Economia, Planeamento e Desenvolvimento publicou o relatório.",
            "pt",
            "Ministério da Economia, Planeamento e Desenvolvimento",
        ),
        (
            "Le ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche a lancé le programme.",
            "fr",
            "ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche",
        ),
        (
            "Le Ministère des Mines, de l'Industrie minière et de l'Énergie a signé la convention.",
            "fr",
            "Ministère des Mines, de l'Industrie minière et de l'Énergie",
        ),
        (
            "Le Ministère des Affaires étrangères, de la Coopération africaine et des Sénégalais de l'extérieur a reçu "
            "la délégation.",
            "fr",
            "Ministère des Affaires étrangères, de la Coopération africaine et des Sénégalais de l'extérieur",
        ),
        (
            "Le ministère de l'Économie, des Finances et du Plan a signé la convention.",
            "fr",
            "ministère de l'Économie, des Finances et du Plan",
        ),
    ],
)
def test_a_listed_portfolio_closes_the_name(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "El Ministerio de Energía, Minas y Empresa Nacional del Petróleo firmaron el convenio.",
            "es",
            "Empresa Nacional del Petróleo",
        ),
        (
            "O Ministério das Finanças, Planeamento e Empresa Nacional de Hidrocarbonetos assinaram o acordo.",
            "pt",
            "Empresa Nacional de Hidrocarbonetos",
        ),
    ],
)
def test_a_head_that_goes_on_opens_a_name_of_its_own(text, language, second):
    assert second in organizations(text, language)
