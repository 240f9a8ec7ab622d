"""A plural office that two holders share, whose words run on to the two states that hold it (`los ministros de
Agricultura y Ganadería de los dos países, NAME y NAME`, `les ministres des Affaires étrangères des deux pays, NAME
et NAME`, `os ministros dos Negócios Estrangeiros dos dois países, NAME e NAME`): each holder is a person with the
office in the singular, the closing `of both states` no part of it. Every sentence is written for these tests."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _persons(text: str) -> dict[str, str | None]:
    article = extract_article(f" date 2014-09-22\n\nHeadline\n\n{text}\n", default_settings())
    return {a.name: a.role for a in article.actors if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, names, role",
    [
        (
            "O memorando foi rubricado pelos ministros dos Negócios Estrangeiros dos dois países, Tomás Ndala e "
            "Rui Valadares.",
            ("Tomás Ndala", "Rui Valadares"),
            "ministro dos Negócios Estrangeiros",
        ),
        (
            "L'accord a été paraphé par les ministres des Affaires étrangères des deux pays, Mamadou Sissoko et "
            "Aminata Diallo.",
            ("Mamadou Sissoko", "Aminata Diallo"),
            "ministre des Affaires étrangères",
        ),
        (
            "El convenio lo suscribieron los ministros de Agricultura y Ganadería de los dos países, Julián Ocampo y "
            "Rosa Quispe.",
            ("Julián Ocampo", "Rosa Quispe"),
            "ministro de Agricultura y Ganadería",
        ),
        (
            "Les ministres de l'Économie et des Finances des deux pays, Koffi Adjoumani et Paul Nzeyimana, ont signé "
            "la convention.",
            ("Koffi Adjoumani", "Paul Nzeyimana"),
            "ministre de l'Économie et des Finances",
        ),
        (
            "Os presidentes dos bancos centrais de ambos os países, Helena Matos e Joaquim Sitoe, assinaram a linha "
            "de troca.",
            ("Helena Matos", "Joaquim Sitoe"),
            "presidente dos bancos centrais",
        ),
        (
            "El acuerdo lo firmaron los cancilleres de ambos países, Ramiro Echeverri y Lucía Benítez.",
            ("Ramiro Echeverri", "Lucía Benítez"),
            "canciller",
        ),
    ],
)
def test_each_holder_has_the_office_without_the_two_states(text, names, role):
    persons = _persons(text)
    assert {name: persons.get(name) for name in names} == dict.fromkeys(names, role), persons


def test_a_clause_after_a_plural_office_names_no_holders():
    text = "Os presidentes também discutiram a nova ponte entre Santana do Livramento e Vila Rivera, a travessia norte."
    assert not [role for role in _persons(text).values() if role], _persons(text)
