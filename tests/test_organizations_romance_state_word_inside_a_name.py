"""A state's word right after a body's head noun, before its portfolio, is a word of the name in French, Spanish and
Portuguese (`ministère ivoirien des Affaires étrangères`, `Ministerio chino de Comercio`, `Ministério angolano
das Finanças`); ending the name it is none (`la Gendarmería Real marroquí`, `el Ministerio de Comercio indio`).
Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le ministère ivoirien des Affaires étrangères a publié un communiqué.",
            "ministère ivoirien des Affaires étrangères",
        ),
        (
            "fr",
            "Le ministère malien de l'Économie et des Finances a signé la convention.",
            "ministère malien de l'Économie et des Finances",
        ),
        ("fr", "Selon le ministère tunisien du Commerce, les échanges ont doublé.", "ministère tunisien du Commerce"),
        (
            "fr",
            "Le ministère canadien des Affaires mondiales a annoncé l'aide.",
            "ministère canadien des Affaires mondiales",
        ),
        ("es", "El Ministerio chino de Comercio publicó las cifras.", "Ministerio chino de Comercio"),
        (
            "es",
            "Según el Ministerio peruano de Energía y Minas, la producción subió.",
            "Ministerio peruano de Energía y Minas",
        ),
        ("pt", "O Ministério chinês do Comércio divulgou os números.", "Ministério chinês do Comércio"),
        ("pt", "O Ministério angolano das Finanças assinou o acordo.", "Ministério angolano das Finanças"),
        ("es", "La Guardia Civil y la Gendarmería Real marroquí harán patrullas.", "Gendarmería Real"),
        ("es", "Lo firmó el Ministerio de Comercio indio en Delhi.", "Ministerio de Comercio"),
    ],
)
def test_a_states_word_before_the_portfolio_is_the_names(language, text, expected):
    assert expected in organizations(text, language)
