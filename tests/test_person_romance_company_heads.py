"""Heads of companies and bodies before the name in Spanish, French and Portuguese (le patron de X, o
Diretor-Presidente, la diretora-presidente da X) and a title of address after an article between the office and the
name ("le directeur général, le Dr NAME"). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def roles(text, language):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("language", "text", "name", "office"),
    [
        (
            "pt",
            '"A meta de receita está mantida", afirmou o Diretor-Presidente, Maurício Botelho.',
            "Maurício Botelho",
            "Diretor-Presidente",
        ),
        (
            "pt",
            "A diretora-presidente da Eletrobras, Ana Paula Ferreira, visitou Angola.",
            "Ana Paula Ferreira",
            "diretora-presidente",
        ),
        ("fr", "Le patron de l'OCP, Mostafa Kabbaj, est arrivé tard à Dakar.", "Mostafa Kabbaj", "patron"),
        (
            "fr",
            "La patronne de Total Sénégal, Aïssatou Ndiaye, a rencontré le ministre chinois.",
            "Aïssatou Ndiaye",
            "patronne",
        ),
        (
            "fr",
            "La NNPC, dont le directeur général, le Dr Musa Abubakar, a parlé d'un projet, signera avec le Maroc.",
            "Musa Abubakar",
            "directeur général",
        ),
        (
            "fr",
            "Le recteur de l'université, le Pr. Amadou Diallo, a reçu l'ambassadeur du Japon.",
            "Amadou Diallo",
            "recteur",
        ),
        (
            "es",
            "La empresa, cuyo presidente, el Dr. Julio Paredes, viajó a Pekín, firmó el contrato.",
            "Julio Paredes",
            "presidente",
        ),
    ],
)
def test_head_before_the_name(language, text, name, office):
    assert roles(text, language)[name] == office
