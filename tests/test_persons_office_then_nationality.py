"""An office, a comma, then an article, a demonym and the name, in Spanish, French and Portuguese: "el presidente
del BID, el colombiano NAME", "le directeur général de la FAO, le Sénégalais NAME", "o diretor-geral da OMC, o
brasileiro NAME". The office is the person's role and the demonym their state, also at an international body, whose
officials the article gives a nationality. And an office of a body whose name joins its words with "y", "e", "et"
before the comma: "o presidente do Banco Nacional de Desenvolvimento Econômico e Social, NAME".
Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def person(text, name, language):
    return next(a for a in extract_actors(text, language=language) if a.actor_type == "person" and a.name == name)


NATIONALITY = [
    (
        "es",
        "QUITO — El presidente ejecutivo de la Corporación Andina, el venezolano Julio Pérez Lara, anunció un "
        "crédito de 300 millones de dólares para carreteras.",
        "Julio Pérez Lara",
        "presidente ejecutivo",
        "VEN",
    ),
    (
        "es",
        "El director general de la OMC, el brasileño Roberto Azevêdo, visitó Lima el martes para hablar de comercio.",
        "Roberto Azevêdo",
        "director general",
        "BRA",
    ),
    (
        "es",
        "La representante del banco en Bolivia, la uruguaya Ana Laura Sosa, dijo que el préstamo se firmará en junio.",
        "Ana Laura Sosa",
        "representante",
        "URY",
    ),
    (
        "fr",
        "Le directeur général de la FAO, le Sénégalais Amadou Kane Ndiaye, a visité Rabat pour un accord agricole.",
        "Amadou Kane Ndiaye",
        "directeur général",
        "SEN",
    ),
    (
        "fr",
        "La présidente du Fonds, la Bulgare Kristalina Georgieva, a reçu le ministre ivoirien des Finances.",
        "Kristalina Georgieva",
        "présidente",
        "BGR",
    ),
    (
        "pt",
        "O diretor-geral da OMC, o brasileiro Roberto Azevêdo, visitou Luanda na segunda-feira.",
        "Roberto Azevêdo",
        "diretor-geral",
        "BRA",
    ),
    (
        "pt",
        "A presidente do banco, a sul-africana Maria Ndlovu Khumalo, assinou o empréstimo com Moçambique em Maputo.",
        "Maria Ndlovu Khumalo",
        "presidente",
        "ZAF",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "role", "state"), NATIONALITY)
def test_the_office_and_the_demonym_before_the_name(language, text, name, role, state):
    found = person(text, name, language)
    assert role in (found.role or "")
    assert found.country == state


BODY_WITH_A_CONJUNCTION = [
    (
        "pt",
        "O presidente do Banco Nacional de Desenvolvimento Econômico e Social, Paulo Andrade Lima, negociou uma linha "
        "de crédito com o Banco da China.",
        "Paulo Andrade Lima",
    ),
    (
        "es",
        "El director de la Agencia de Promoción de Inversiones y Exportaciones, Carlos Méndez Ruiz, viajó a Shanghái "
        "con veinte empresas.",
        "Carlos Méndez Ruiz",
    ),
    (
        "fr",
        "Le directeur de l'Agence de Promotion des Investissements et des Grands Travaux, Mamadou Lamine Sarr, a reçu "
        "une délégation chinoise.",
        "Mamadou Lamine Sarr",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), BODY_WITH_A_CONJUNCTION)
def test_the_office_of_a_body_whose_name_joins_words(language, text, name):
    found = person(text, name, language)
    assert found.role
