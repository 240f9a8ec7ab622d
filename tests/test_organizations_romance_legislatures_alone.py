"""A state's legislature named alone in Spanish, French or Portuguese is a body, as English `Congress` and `the
Senate` are: `el Congreso aprobó`, `le Sénat a adopté`, `o Congresso aprovou`; a name that goes on after the head
stays whole (`Congreso de la República`, `Senado Federal`). Every sentence was written for these tests, with
legislatures of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("El Congreso aprobó el tratado de libre comercio con Corea del Sur.", "es", "Congreso"),
        ("El acuerdo con Japón deberá ser ratificado por el Congreso antes de diciembre.", "es", "Congreso"),
        ("El Senado aprobó por unanimidad el convenio con Uruguay sobre la hidrovía.", "es", "Senado"),
        ("La propuesta del Ejecutivo llegó al Senado con el apoyo de la bancada oficialista.", "es", "Senado"),
        ("Le Sénat a adopté mardi le projet de loi autorisant l'accord avec le Vietnam.", "fr", "Sénat"),
        ("Le texte sera examiné par le Sénat avant la ratification de l'accord avec le Maroc.", "fr", "Sénat"),
        ("O Congresso aprovou o acordo de cooperação com Angola na semana passada.", "pt", "Congresso"),
        ("O Senado aprovou o empréstimo do Banco Mundial para o estado do Piauí.", "pt", "Senado"),
        ("El Congreso de la República aprobó el préstamo del BID para Guatemala.", "es", "Congreso de la República"),
        ("O Senado Federal aprovou o acordo com o Paraguai sobre Itaipu.", "pt", "Senado Federal"),
    ],
)
def test_a_legislature_named_alone_is_a_body(text, language, expected):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El congreso anual de la industria minera reunió a empresas de Chile y Perú.", "es"),
        ("O congresso internacional de engenharia juntou especialistas de Moçambique e do Brasil.", "pt"),
    ],
)
def test_a_meeting_in_lower_case_is_no_legislature(text, language):
    assert not {"congreso", "congresso", "Congreso", "Congresso"} & organizations(text, language)
