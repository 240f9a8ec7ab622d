"""A known leader named in a Spanish, French or Portuguese article without an office the rules read ("Según el
Gobierno de NAME", "la visite de NAME", "o governo de NAME"): the holders' table gives the office, and the article
states it in its own language, so the role is the table's office said in that language (`holder_offices_es`,
`_fr`, `_pt` in actor_words.toml), not the English one. An office the article states stays as stated, and an
English article keeps the table's English office.

Sentences written for these tests, in several outlets' styles."""

import pytest

from pipelines.extract.actors import extract_actors


def role(text, name, language="en"):
    return next(a.role for a in extract_actors(text, language=language) if a.name == name)


CASES = [
    (
        "es",
        "Madrid y Rabat preparan la cumbre de diciembre. Según el Gobierno de Pedro Sánchez, el comercio bilateral "
        "superó los 20.000 millones de euros el año pasado.",
        "Pedro Sánchez",
        "primer ministro",
    ),
    (
        "fr",
        "Paris et Dakar ont signé lundi un accord sur l'énergie solaire. La visite d'Emmanuel Macron à Dakar est "
        "prévue pour le mois de mars.",
        "Emmanuel Macron",
        "président",
    ),
    (
        "pt",
        "O Brasil e a Índia querem dobrar o comércio até 2030. O governo de Narendra Modi anunciou novos "
        "investimentos em etanol no estado de São Paulo.",
        "Narendra Modi",
        "primeiro-ministro",
    ),
    # an office the article states stays as stated
    (
        "es",
        "El presidente de Francia, Emmanuel Macron, llegó el martes a Buenos Aires para firmar un acuerdo sobre litio.",
        "Emmanuel Macron",
        "presidente",
    ),
    # an English article keeps the table's office
    (
        "en",
        "India and Brazil want to double trade by 2030. The government of Narendra Modi announced new ethanol "
        "investments in Sao Paulo state.",
        "Narendra Modi",
        "Prime Minister",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "expected"), CASES)
def test_table_office_in_the_articles_language(language, text, name, expected):
    assert role(text, name, language) == expected
