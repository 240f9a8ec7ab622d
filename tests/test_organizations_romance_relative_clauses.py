"""A Spanish or Portuguese brand written with its article and followed by a relative clause ('a NAME, que
explora', 'la NAME, que opera') is a company; a place or a person before a relative clause, a Spanish preposition
'a' and a French name are not read so. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A Suzano, que opera duas fábricas no Maranhão, abriu um escritório em Xangai.", "pt", "Suzano"),
        ("Segundo o jornal, a Embraer, que já entregou vinte aviões, prepara outra encomenda.", "pt", "Embraer"),
        ("Os analistas lembram que a Cimpor, que comprou uma fábrica em Nacala, quer crescer.", "pt", "Cimpor"),
        ("En Arequipa, la Southern, que explota dos minas en el sur, pidió un permiso.", "es", "Southern"),
        ("La Odebrecht, que construyó el puente, fue multada por el tribunal.", "es", "Odebrecht"),
        ("Según fuentes del sector, el Grupo Bimbo, que tiene plantas en Lima, invertirá más.", "es", "Grupo Bimbo"),
    ],
)
def test_a_brand_with_its_article_before_a_relative_clause_is_a_company(text, language, expected):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O ministro viajou para Lisboa, que acolhe a cimeira em junho.", "pt"),
        ("El canciller escribió a Montoya, que respondió al día siguiente.", "es"),
        ("La delegación visitó Valparaíso, que recibe cruceros todo el año.", "es"),
        ("Le ministre a reçu Dupuis, qui dirige la délégation.", "fr"),
        ("O Presidente, que chegou ontem, falou aos jornalistas.", "pt"),
    ],
)
def test_a_place_person_or_office_before_a_relative_clause_is_no_company(text, language):
    assert organizations(text, language) == set()
