"""A single name cited as a source after a Spanish, French or Portuguese cue ('según NAME', 'selon NAME',
'de acordo com NAME') is the body that speaks, as 'according to NAME' is; a surname the text gives with its
given name, a city or a state is not. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, (), None, [], language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Según Ecopetrol, la refinería operará al 90 % en junio.", "es", "Ecopetrol"),
        ("Las remesas, según Banguat, crecieron un 12 % en el trimestre.", "es", "Banguat"),
        ("Selon Sonatrach, les livraisons reprendront en mars.", "fr", "Sonatrach"),
        ("Le chantier, d'après Sogea, sera achevé avant l'hiver.", "fr", "Sogea"),
        ("Segundo Eletrobras, a linha entra em operação em 2027.", "pt", "Eletrobras"),
        ("As obras, de acordo com Infraero, custarão 300 milhões de reais.", "pt", "Infraero"),
    ],
)
def test_a_lone_name_cited_as_a_source_is_a_body(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("La ministra Ana Quiroga visitó el puerto. Según Quiroga, el dragado empieza en mayo.", "es", "Quiroga"),
        ("Selon Moscou, le gazoduc sera prêt en 2026.", "fr", "Moscou"),
        ("O chanceler Paulo Tavares falou ontem. Segundo Tavares, o acordo sai em maio.", "pt", "Tavares"),
        ("Según Chile, el tratado sigue vigente.", "es", "Chile"),
    ],
)
def test_a_surname_a_city_or_a_state_cited_is_no_body(text, language, name):
    assert name not in organizations(text, language)
