"""A state's formal name in Spanish, French or Portuguese written in the writers' order ("Fédération de Russie",
"República da Coreia", "République islamique d'Iran"): the ISO translations put the formal part after a comma
("Russie, Fédération de"); the name is the state, never an organisation, and a holder's state is read from it."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.knowledge.actor_words import _written_order, actor_words, country_names_in


def actors(text: str, language: str):
    return extract_actors(text, language=language)


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in actors(text, language) if a.actor_type == "organization"}


def countries(text: str, language: str) -> set[str | None]:
    return {a.country for a in actors(text, language) if a.actor_type == "country"}


@pytest.mark.parametrize(
    ("language", "name", "state"),
    [
        ("fr", "Fédération de Russie", "RUS"),
        ("fr", "République de Corée", "KOR"),
        ("fr", "République islamique d'Iran", "IRN"),
        ("fr", "République unie de Tanzanie", "TZA"),
        ("fr", "République de Moldova", "MDA"),
        ("fr", "État de Palestine", "PSE"),
        ("es", "República de Corea", "KOR"),
        ("es", "Estado de Palestina", "PSE"),
        ("es", "República Bolivariana de Venezuela", "VEN"),
        ("es", "Federación de Rusia", "RUS"),
        ("pt", "República da Coreia", "KOR"),
        ("pt", "República Islâmica do Irão", "IRN"),
        ("pt", "República Islâmica do Irã", "IRN"),
        ("pt", "República Unida da Tanzânia", "TZA"),
        ("pt", "Estado da Palestina", "PSE"),
        ("pt", "Federação da Rússia", "RUS"),
    ],
)
def test_formal_names_in_the_written_order(language, name, state):
    assert country_names_in(language)[name] == state


def test_the_inversion_keeps_names_without_a_trailing_link():
    links = actor_words("inverted_state_name_links")
    assert _written_order("Russie, Fédération de", links) == "Fédération de Russie"
    assert _written_order("Iran, République islamique d'", links) == "République islamique d'Iran"
    assert _written_order("Coreia, República da", links) == "República da Coreia"
    assert _written_order("Syrienne, République arabe", links) == "Syrienne, République arabe"
    assert _written_order("Taïwan, province de Chine", links) == "Taïwan, province de Chine"
    assert _written_order("Brasil", links) == "Brasil"


@pytest.mark.parametrize(
    ("language", "text", "name", "state"),
    [
        (
            "fr",
            "Le ministre a reçu mardi l'ambassadeur de la Fédération de Russie, Igor Petrov, à Rabat.",
            "Fédération de Russie",
            "RUS",
        ),
        (
            "fr",
            "La République de Corée et le Sénégal ont signé un accord de pêche à Dakar.",
            "République de Corée",
            "KOR",
        ),
        (
            "fr",
            "Une délégation de la République islamique d'Iran est attendue à Alger lundi.",
            "République islamique d'Iran",
            "IRN",
        ),
        (
            "fr",
            "Le président de la République unie de Tanzanie a visité le port de Mombasa.",
            "République unie de Tanzanie",
            "TZA",
        ),
        (
            "pt",
            "O chanceler recebeu o ministro dos Negócios Estrangeiros da Federação da Rússia, Ivan Orlov.",
            "Federação da Rússia",
            "RUS",
        ),
        ("pt", "A República da Coreia vai financiar duas escolas técnicas em Maputo.", "República da Coreia", "KOR"),
        (
            "pt",
            "A República Islâmica do Irã comprou carne bovina do Paraná em março.",
            "República Islâmica do Irã",
            "IRN",
        ),
        (
            "es",
            "El embajador de la Federación de Rusia, Oleg Smirnov, visitó Montevideo el lunes.",
            "Federación de Rusia",
            "RUS",
        ),
        ("es", "La República de Corea abrió una oficina comercial en Lima.", "República de Corea", "KOR"),
        ("es", "El Estado de Palestina y Chile firmaron un memorando de cooperación.", "Estado de Palestina", "PSE"),
    ],
)
def test_a_formal_name_in_a_sentence_is_the_state(language, text, name, state):
    assert name not in organizations(text, language)
    assert state in countries(text, language)


@pytest.mark.parametrize(
    ("language", "name", "state"),
    [
        ("es", "República Islámica de Irán", "IRN"),
        ("es", "República Unida de Tanzania", "TZA"),
        ("es", "Estado Plurinacional de Bolivia", "BOL"),
        ("es", "República Árabe de Siria", "SYR"),
        ("fr", "République Démocratique du Congo", "COD"),
        ("fr", "République Islamique de Mauritanie", "MRT"),
        ("fr", "République Centrafricaine", "CAF"),
    ],
)
def test_a_formal_name_with_its_adjectives_capitalised(language, name, state):
    assert country_names_in(language)[name] == state
