"""A report's own writer named with the reporter's office after the name, in French, Spanish or Portuguese (`Par NAME,
correspondante à Nairobi`, `NAME, envoyé spécial à Hanoï`, `NAME, corresponsal en Pekín`, `NAME, correspondente em
Bruxelas`) is a credit, not an actor of the story (`credit_cues_after`), as `NAME is a correspondent` is in English;
a state's or a body's special envoy to a place or for a matter stays a person. Every sentence is written for these
tests."""

import pytest

from pipelines.extract.article import extract_article


def _persons(text: str) -> set[str]:
    return {a.name for a in extract_article(text).actors if a.actor_type == "person"}


@pytest.mark.parametrize(
    "credit, body, writer",
    [
        (
            "Publié le 3 mars 2021 – Par Claire Mbeki, correspondante à Nairobi",
            "Le ministre kényan du Commerce, Moses Kuria, a signé l'accord avec le Maroc.",
            "Claire Mbeki",
        ),
        (
            "Marc Dubois, envoyé spécial à Hanoï",
            "Le président vietnamien, Vo Van Thuong, a reçu le Premier ministre canadien.",
            "Marc Dubois",
        ),
        (
            "Sophie Lamarre, envoyée spéciale à Dakar",
            "Le président sénégalais, Macky Sall, a reçu son homologue gambien.",
            "Sophie Lamarre",
        ),
        (
            "Par Yves Traoré, correspondant à Ouagadougou",
            "Le ministre burkinabè des Mines, Simon Pierre Boussim, a signé le contrat.",
            "Yves Traoré",
        ),
        (
            "Jorge Salinas, corresponsal en Pekín",
            "El canciller chileno, Alberto van Klaveren, firmó el acuerdo con su par chino.",
            "Jorge Salinas",
        ),
        (
            "Por Lucía Ferreyra, corresponsal en Brasilia",
            "El presidente argentino, Alberto Fernández, llegó a Brasilia el lunes.",
            "Lucía Ferreyra",
        ),
        (
            "Por Ana Ribeiro, correspondente em Bruxelas",
            "O ministro português da Economia, António Costa Silva, assinou o acordo.",
            "Ana Ribeiro",
        ),
        (
            "Rui Matos, correspondente em Luanda",
            "O Presidente angolano, João Lourenço, recebeu o ministro português.",
            "Rui Matos",
        ),
    ],
)
def test_the_reporter_is_no_actor(credit, body, writer):
    persons = _persons(f"Accord signé\n{credit}\n{body}\n")
    assert writer not in persons
    assert persons


@pytest.mark.parametrize(
    "text, envoy",
    [
        (
            "Accord signé\nLe président a reçu Jean Kaboré, envoyé spécial de l'Union africaine pour le Sahel.\n",
            "Jean Kaboré",
        ),
        (
            "Acuerdo firmado\nEl canciller recibió a Marta Ibáñez, enviada especial de la ONU para Haití.\n",
            "Marta Ibáñez",
        ),
        (
            "Accord signé\nLe ministre a rencontré Paul Ngoma, envoyé spécial au Sahel de l'Union européenne.\n",
            "Paul Ngoma",
        ),
    ],
)
def test_a_special_envoy_stays_a_person(text, envoy):
    assert envoy in _persons(text)
