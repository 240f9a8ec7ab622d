"""A ministry named with its portfolio and then its state, in Spanish, French and Portuguese: "el Ministerio de
Economía de Guatemala", "le ministère de l'Agriculture du Sénégal", "o Ministério da Agricultura de Angola". The
state closes the phrase and is no word of the body's name: the body is the "Ministerio de Economía" of that state.
A state's name inside the portfolio ("Ministerio de Asuntos de Centroamérica") or a ministry named by its state
alone stays as written. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "organization"}


CASES = [
    (
        "es",
        "CIUDAD DE GUATEMALA — El Ministerio de Economía de Guatemala enviará en abril una misión técnica a Tapachula "
        "para revisar el comercio fronterizo con México.",
        "Ministerio de Economía",
        "GTM",
    ),
    (
        "es",
        "BOGOTÁ — La ministra firmó el convenio en Lima; el Ministerio de Cultura de Colombia aportará 200.000 dólares "
        "al fondo binacional de cine con Perú.",
        "Ministerio de Cultura",
        "COL",
    ),
    (
        "es",
        "El Ministerio de Agricultura y Ganadería de Paraguay y la embajada de Taiwán firmaron un acuerdo de semillas.",
        "Ministerio de Agricultura y Ganadería",
        "PRY",
    ),
    (
        "fr",
        "DAKAR — Le ministère de l'Agriculture du Sénégal et la FAO ont signé mardi un accord sur les semences de riz.",
        "ministère de l'Agriculture",
        "SEN",
    ),
    (
        "fr",
        "Le Ministère des Mines et de l'Énergie de la Guinée a reçu une délégation marocaine venue parler de bauxite.",
        "Ministère des Mines et de l'Énergie",
        "GIN",
    ),
    (
        "pt",
        "LUANDA — O Ministério da Agricultura de Angola e a Embrapa assinaram na semana passada um acordo de soja.",
        "Ministério da Agricultura",
        "AGO",
    ),
    (
        "pt",
        "PRAIA — O Ministério da Cultura e das Indústrias Criativas de Cabo Verde assinou um protocolo com Portugal.",
        "Ministério da Cultura e das Indústrias Criativas",
        "CPV",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), CASES)
def test_the_closing_state_is_the_ministrys_state(language, text, name, state):
    found = organizations(text, language)
    assert found.get(name) == state, found


def test_a_ministry_named_by_its_state_alone_keeps_it():
    found = organizations("El Ministerio de Guatemala para la Paz firmó un acuerdo con México.", "es")
    assert not any(name in ("Ministerio", "Ministerio de") for name in found)
