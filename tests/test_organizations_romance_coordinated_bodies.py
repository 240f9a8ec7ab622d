"""Two bodies joined by `y`, `e` or `et` in Spanish, Portuguese and French are two names, not one: a conjunction adds
a portfolio to a name only inside its complement (`Ministerio de Industria y Comercio`), and a name that closed on
its state (`Policía Nacional de Colombia`) takes no further portfolio but another state. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("language", "text", "first", "joined"),
    [
        # a name closed by its state, then a second body
        (
            "es",
            "Mañana la Policía Nacional de Colombia y Migración Colombia firmarán un protocolo.",
            "Policía Nacional de Colombia",
            "Policía Nacional de Colombia y Migración Colombia",
        ),
        (
            "pt",
            "Segundo o comunicado, a Polícia Federal do Brasil e Receita Federal apreenderam a carga.",
            "Polícia Federal do Brasil",
            "Polícia Federal do Brasil e Receita Federal",
        ),
        (
            "fr",
            "Hier, la Banque centrale du Congo et Trésor Public ont signé la convention.",
            "Banque centrale du Congo",
            "Banque centrale du Congo et Trésor Public",
        ),
        # a name with no complement yet: the conjunction cannot add a portfolio to it
        (
            "es",
            "En el operativo participaron la Guardia Civil y Policía Nacional durante la noche.",
            "Guardia Civil",
            "Guardia Civil y Policía Nacional",
        ),
        (
            "pt",
            "No sábado, a Guarda Nacional Republicana e Polícia Judiciária detiveram os suspeitos.",
            "Guarda Nacional Republicana",
            "Guarda Nacional Republicana e Polícia Judiciária",
        ),
        (
            "es",
            "La Gendarmería Nacional y Prefectura Naval patrullarán el río Paraná.",
            "Gendarmería Nacional",
            "Gendarmería Nacional y Prefectura Naval",
        ),
    ],
)
def test_two_bodies_joined_are_two_names(language, text, first, joined):
    found = organizations(text, language)
    assert first in found
    assert joined not in found


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # portfolios joined inside the complement stay one name (the state closing a ministry's name is its state,
        # no word of it: tests/test_organizations_ministry_closing_state.py)
        (
            "es",
            "El Ministerio de Industria y Comercio de Paraguay publicó el informe.",
            "Ministerio de Industria y Comercio",
        ),
        ("es", "Lo anunció la Secretaría de Ciencia y Tecnología ayer.", "Secretaría de Ciencia y Tecnología"),
        ("pt", "O Ministério da Agricultura e Pecuária informou a decisão.", "Ministério da Agricultura e Pecuária"),
        (
            "fr",
            "Le ministère de l'Économie et des Finances a signé la convention.",
            "ministère de l'Économie et des Finances",
        ),
        # a second state after a state is part of the name
        ("es", "La Comisión Binacional de Ecuador y Perú se reunió en Quito.", "Comisión Binacional de Ecuador y Perú"),
    ],
)
def test_portfolios_and_states_joined_stay_one_name(language, text, name):
    assert name in organizations(text, language)
