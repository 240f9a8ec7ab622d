"""A body with an English name in a Spanish, French or Portuguese article: the sentence's article before it is no
word of its name (`El Export-Import Bank`), and `de`, `dos`, `de l'` with a state after its English head is the
name's own complement, which gives it its state (`Exim Bank de Chine`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.knowledge import slug


def organizations(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("language", "text", "name", "state"),
    [
        (
            "fr",
            "Le crédit, octroyé par Exim Bank de Chine sur quinze ans, financera le barrage.",
            "Exim Bank de Chine",
            "CHN",
        ),
        ("fr", "Selon lui, l'Exim Bank de l'Inde financera des autobus pour Bamako.", "Exim Bank de l'Inde", "IND"),
        (
            "pt",
            "O Export-Import Bank dos Estados Unidos aprovou o financiamento em março.",
            "Export-Import Bank dos Estados Unidos",
            "USA",
        ),
        (
            "es",
            "El Export-Import Bank de Tailandia financiará la planta en Laos.",
            "Export-Import Bank de Tailandia",
            "THA",
        ),
        (
            "pt",
            "A Development Bank da África do Sul garantiu parte do crédito.",
            "Development Bank da África do Sul",
            "ZAF",
        ),
        (
            "es",
            "La Export Credit Agency del Reino Unido cubrió el riesgo del contrato.",
            "Export Credit Agency del Reino Unido",
            "GBR",
        ),
    ],
)
def test_english_named_body_with_its_state(language, text, name, state):
    assert organizations(text, language).get(name) == state


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # no state after `de`: the name ends at its head
        ("es", "Un préstamo del Exim Bank de 500 millones de dólares llegará en junio.", "Exim Bank"),
        ("fr", "Le Nordic Investment Bank de son côté a refusé.", "Nordic Investment Bank"),
        # the article of a sentence opening with an English name
        (
            "pt",
            "O Japan Bank for International Cooperation contribuiu com o resto.",
            "Japan Bank for International Cooperation",
        ),
        ("es", "El Asian Development Bank aprobó el proyecto.", "Asian Development Bank"),
    ],
)
def test_english_named_body_alone(language, text, name):
    assert name in organizations(text, language)


def test_an_english_article_keeps_a_names_own_article():
    assert "El Paso Electric Company" in organizations("El Paso Electric Company signed the supply deal.", "en")


def _org_ids(named):
    mentions = [
        Mention(f"a{i}", "organization", slug(name), name, state, None) for i, (name, state) in enumerate(named)
    ]
    return assign_ids(group_mentions(mentions, {}), mentions, [None] * len(mentions), {})


@pytest.mark.parametrize(
    "named",
    [
        [("Exim Bank de Chine", "CHN"), ("Export-Import Bank of China", "CHN"), ("China Exim Bank", "CHN")],
        [("Exim Bank de l'Inde", "IND"), ("Export-Import Bank of India", "IND"), ("Exim Bank da Índia", "IND")],
        [("Export-Import Bank dos Estados Unidos", "USA"), ("Export-Import Bank of the United States", "USA")],
    ],
)
def test_a_body_with_its_state_in_the_language_is_the_known_body_of_that_state(named):
    assert len(set(_org_ids(named))) == 1


def test_a_state_complement_of_another_state_joins_no_body():
    ids = _org_ids([("Exim Bank de l'Inde", "IND"), ("Export-Import Bank of China", "CHN")])
    assert ids[0] != ids[1]
