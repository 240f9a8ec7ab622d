"""A Spanish, French or Portuguese company named by its brand alone, shown acting by a verb of doing after it
('a Gerdau anunciou', 'Engie a annoncé', 'la Ecopetrol invertirá'), on sentences written for these tests; a person
said again by surname, a state, a city or an office acting is no company."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("No mesmo dia, a Gerdau anunciou uma nova fábrica no Ceará.", "pt", "Gerdau"),
        ("Além disso, a Eletronuclear vai construir uma usina em Angra.", "pt", "Eletronuclear"),
        ("Côté énergie, Engie a annoncé un parc solaire près de Dakhla.", "fr", "Engie"),
        ("Según el comunicado, la Ecopetrol invertirá 300 millones en la planta.", "es", "Ecopetrol"),
        ("En paralelo, Enap firmó un acuerdo de suministro con la refinería.", "es", "Enap"),
    ],
)
def test_a_romance_brand_shown_acting_is_a_company(text, language, expected):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El presidente Gustavo Petro viajó a Madrid. Después, Petro anunció un acuerdo.", "es"),
        ("Brasil anunciou um pacote de ajuda. Pequim vai enviar técnicos.", "pt"),
        ("Le ministre a reçu son homologue. Ensuite, Paris a annoncé une aide.", "fr"),
        ("Em julho, o Governo anunciou um plano. Na sexta, o Presidente vai viajar.", "pt"),
    ],
)
def test_a_person_place_or_office_acting_is_no_company(text, language):
    assert organizations(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le ministre de la Santé a rappelé les chiffres. L'entente a été conclue hier.", "fr"),
        ("La ministra de la Vivienda ha presentado el plan.", "es"),
    ],
)
def test_a_portfolio_or_an_article_and_a_noun_acting_is_no_company(text, language):
    assert organizations(text, language) == set()
