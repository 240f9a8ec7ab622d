"""A Spanish, French or Portuguese article that opens a sentence before a body's head noun is the sentence's, not
the name's (`La Corporación Financiera Internacional (IFC) aprobó`, `O Fundo Monetário Internacional (FMI)`); an
article before a word that is no head stays (`Le Monde`, `El País`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Corporación Financiera Internacional (IFC) aprobó un préstamo para la planta.",
            "es",
            "Corporación Financiera Internacional",
        ),
        (
            "El Fondo Monetario Internacional (FMI) aprobó el desembolso a Ecuador.",
            "es",
            "Fondo Monetario Internacional",
        ),
        (
            "La Banque africaine de développement (BAD) a approuvé un prêt au Sénégal.",
            "fr",
            "Banque africaine de développement",
        ),
        (
            "O Fundo Monetário Internacional (FMI) aprovou o desembolso para Moçambique.",
            "pt",
            "Fundo Monetário Internacional",
        ),
        (
            "A Organização Mundial do Comércio (OMC) decidiu a favor do Brasil.",
            "pt",
            "Organização Mundial do Comércio",
        ),
    ],
)
def test_an_article_before_a_head_is_no_word_of_the_name(text, language, expected):
    found = organizations(text, language)
    assert expected in found
    assert not {n for n in found if n.split()[0] in {"El", "La", "Le", "O", "A"}}
