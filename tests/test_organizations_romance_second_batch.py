"""A second batch of Spanish, French and Portuguese organisations, written after the rules they test."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # companies a plural firm word lists
        ("Participan aseguradoras como Mapfre, Sancor y La Segunda en el consorcio.", "es", {"Mapfre", "Sancor"}),
        ("O leilão atraiu operadoras como Claro e Vivo Participações.", "pt", {"Claro", "Vivo Participações"}),
        ("Les travaux reviennent aux groupes Vinci et Bouygues Travaux.", "fr", {"Vinci", "Bouygues Travaux"}),
        # an apposition of a firm word after the names
        ("Petroperú y Perupetro, las empresas estatales del sector, firmaron.", "es", {"Petroperú", "Perupetro"}),
        ("O contrato coube à Mota-Engil, a construtora portuguesa, em março.", "pt", {"Mota-Engil"}),
        # a people's word as a noun in French, a trade noun before the name
        ("L'accord lie Ooredoo et le qatari Nakilat pour dix ans.", "fr", {"Ooredoo", "Nakilat"}),
        ("A siderúrgica Usiminas suspendeu a produção.", "pt", {"Usiminas"}),
        # heads of federations, guards, airlines, missions
        ("La Confederación Nacional Agraria rechazó el plan.", "es", {"Confederación Nacional Agraria"}),
        ("A Guarda Nacional Republicana reforçou a vigilância.", "pt", {"Guarda Nacional Republicana"}),
        ("La LAM Linhas Aéreas de Moçambique vuela a Lisboa.", "es", {"LAM Linhas Aéreas de Moçambique"}),
        # a name that reaches its bracketed acronym, portfolios after a comma
        (
            "Selon l'Agence de régulation des télécommunications et des postes (ARTP), le marché croît.",
            "fr",
            {"Agence de régulation des télécommunications et des postes"},
        ),
        (
            "Il a été reçu au ministère de l'Agriculture, de l'Élevage et de la Pêche hier.",
            "fr",
            {"ministère de l'Agriculture, de l'Élevage et de la Pêche"},
        ),
        ("La Unión por la Integración Regional celebró su cumbre.", "es", {"Unión por la Integración Regional"}),
    ],
)
def test_second_batch(text, language, names):
    assert names <= organizations(text, language)


def test_second_batch_a_demonym_after_the_body_gives_its_state():
    text = "El Ministerio de Comercio brasileño publicó las cifras."
    found = {a.name: a.country for a in extract_actors(text, language="es") if a.actor_type == "organization"}
    assert found.get("Ministerio de Comercio") == "BRA"
