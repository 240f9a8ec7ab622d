"""Romance organisation names whose words after the first are written in lower case (French style), heads of
administrations and public establishments, and a state's name before a dash that heads a letterhead."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # `de la`, `de l'` and a lower-case noun: the body's field, then more fields and adjectives
        (
            "Les chiffres viennent de la Direction de la statistique et des études démographiques du Gabon.",
            "fr",
            "Direction de la statistique et des études démographiques du Gabon",
        ),
        (
            "Selon l'Agence de la promotion des investissements, le stock a doublé.",
            "fr",
            "Agence de la promotion des investissements",
        ),
        # adjectives in -ole and -ile stay in the name
        (
            "L'Institut tchadien de recherches agricoles a signé hier.",
            "fr",
            "Institut tchadien de recherches agricoles",
        ),
        ("La Direction de l'aviation civile a suspendu les vols.", "fr", "Direction de l'aviation civile"),
        # `pour` and a lower-case field after an adjective of the name
        (
            "Un prêt a été accordé à l'Agence nigérienne pour l'énergie rurale mardi.",
            "fr",
            "Agence nigérienne pour l'énergie rurale",
        ),
        (
            "L'Office national pour la promotion de l'emploi recrute.",
            "fr",
            "Office national pour la promotion de l'emploi",
        ),
        # heads of administrations and public establishments
        (
            "La Administración Nacional de Puertos de Uruguay firmó el convenio.",
            "es",
            "Administración Nacional de Puertos de Uruguay",
        ),
        (
            "A missão visitou a Administração Geral de Alfândegas da Guiné-Bissau ontem.",
            "pt",
            "Administração Geral de Alfândegas da Guiné-Bissau",
        ),
        (
            "L'Établissement public de gestion des ports a publié son rapport.",
            "fr",
            "Établissement public de gestion des ports",
        ),
        (
            "L'Organisation internationale de la francophonie a tenu son sommet.",
            "fr",
            "Organisation internationale de la francophonie",
        ),
    ],
)
def test_lower_case_words_of_a_name_stay_in_it(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a known body's name ends before `pour` and what it is for
        ("Un prêt de la Banque mondiale pour la construction de routes a été signé.", "fr", "Banque mondiale"),
        # a lower-case word after a whole name that is no field of it: a verb, an adverb
        ("La Banque africaine de développement a approuvé hier le prêt.", "fr", "Banque africaine de développement"),
        ("La Banque mondiale demain présentera son rapport sur la Gambie.", "fr", "Banque mondiale"),
        # `pour` after a capitalised word of the name says what the money is for
        ("Un prêt de la Société Générale pour la construction du pont a été signé.", "fr", "Société Générale"),
    ],
)
def test_a_name_ends_where_its_words_end(text, language, name):
    found = organizations(text, language)
    assert name in found
    assert not any(other.startswith(name + " ") for other in found)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Royaume du Sénégal — Ministère de l'Élevage et des Productions animales\nCommuniqué",
            "fr",
            "Ministère de l'Élevage et des Productions animales",
        ),
        ("República de Cabo Verde – Ministério das Finanças\nNota de imprensa", "pt", "Ministério das Finanças"),
    ],
)
def test_a_state_before_a_dash_is_no_word_of_the_body_after_it(text, language, name):
    found = organizations(text, language)
    assert name in found
    assert not any(other.endswith(" " + name) or other.endswith("— " + name) for other in found)


def test_an_acronym_after_a_comma_is_no_portfolio_of_the_name():
    text = "Une équipe de l'Institut malien de recherches agricoles, l'IMRA, partira en mai."
    assert "Institut malien de recherches agricoles" in organizations(text, "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O presidente do Conselho de Administração da Sonangol, Pedro Neto, falou ontem.", "pt"),
        ("La presidenta del Consejo de Administración de Ecopetrol, Ana Ruiz, habló.", "es"),
    ],
)
def test_a_boards_field_after_its_head_opens_no_body(text, language):
    assert not any(name.startswith("Administra") for name in organizations(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # adjectives in -éenne, -cain and `unies` stay in the name
        ("La Banque européenne d'investissement a signé un prêt.", "fr", "Banque européenne d'investissement"),
        ("Le Fonds africain de développement a approuvé le don.", "fr", "Fonds africain de développement"),
        # a mission's name holds the state it serves in
        (
            "La Mission des Nations unies au Soudan du Sud a quitté Juba.",
            "fr",
            "Mission des Nations unies au Soudan du Sud",
        ),
        ("O mandato da Missão da CEDEAO na Guiné-Bissau foi prorrogado.", "pt", "Missão da CEDEAO na Guiné-Bissau"),
        (
            "La Misión de Apoyo de la OEA en Costa Rica presentó su informe.",
            "es",
            "Misión de Apoyo de la OEA en Costa Rica",
        ),
    ],
)
def test_adjectives_of_a_name_and_a_missions_state(text, language, name):
    assert name in organizations(text, language)


def test_a_city_after_a_mission_is_where_it_sits():
    found = organizations("La Misión de la Unión Europea en Lima abrió una oficina.", "es")
    assert "Misión de la Unión Europea" in found
    assert not any(name.endswith("Lima") for name in found)
