"""A known company whose name is a word and a legal form (`Vale S.A.`, `Total S.A.`, `Apple Inc.`) named by the
word alone in a Spanish, French or Portuguese article: an article or its contraction right before it makes it the
company ('a Vale', 'da Vale', 'la Apple'); the same word as a common word, or opening a place's name ('o Vale do
Zambeze'), names no company. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("A Vale anunciou que vai vender a sua participação na mina de Moatize.", "pt", "Vale"),
        ("Os investimentos da Vale no corredor de Nacala chegam a 4 mil milhões de dólares.", "pt", "Vale"),
        ("O contrato assinado pela Vale com o governo guineense prevê uma ferrovia.", "pt", "Vale"),
        ("El gobierno peruano negocia con la Vale la venta de una mina de fosfatos.", "es", "Vale"),
        ("La Apple abrirá una fábrica en Monterrey, dijo el secretario de Economía.", "es", "Apple"),
        ("O ministro disse que a Apple, que monta telemóveis em Manaus, vai investir mais.", "pt", "Apple"),
    ],
)
def test_a_company_named_by_its_word_after_an_article(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Vale lembrar que o acordo foi assinado em Maputo em 2010.", "pt"),
        ("O Vale do Zambeze recebeu a visita do ministro angolano.", "pt"),
        ("O custo total da obra é de 20 milhões de euros, disse o ministro.", "pt"),
        ("La región del Vale de Uco exporta vino a Brasil.", "es"),
    ],
)
def test_the_word_alone_names_no_company(text, language):
    assert not {"Vale", "Total"} & organizations(text, language)
