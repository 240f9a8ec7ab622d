"""Acronyms never spelled out that speak or take a stand in Spanish, French and Portuguese (`el BID señaló`, `la
CFDT demande`, `a CNI alertou`, `la CAF destacó`), as `MITI said` does in English; sentences written for these
tests. A figure or a tax that grows or yields (`el PIB creció`, `la TVA rapporte`) names no body."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language):
    return {a.name for a in extract_actors(text, (), None, None, language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Tras la reunión, la CAF destacó el avance de las obras.", "es", "CAF"),
        ("En un comunicado, la CNMV advirtió sobre los riesgos de la operación.", "es", "CNMV"),
        ("Los trabajadores de la UGT exigen un aumento, y la CEOE rechazó la propuesta.", "es", "CEOE"),
        ("Selon le syndicat, la CFDT demande des garanties sur l'emploi.", "fr", "CFDT"),
        ("Dans un communiqué, la CNPS a précisé que les pensions seront versées lundi.", "fr", "CNPS"),
        ("Pour sa part, la CGECI salue la réforme du code des investissements.", "fr", "CGECI"),
        ("A CNI alertou para a queda das exportações de manufaturados.", "pt", "CNI"),
        ("Em nota, a FIESP defende a redução dos juros.", "pt", "FIESP"),
        ("Segundo o ministro, a ANTT afirmou que a concessão sai em março.", "pt", "ANTT"),
    ],
)
def test_an_acronym_that_speaks_is_a_body(text, language, name):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Le PIB progresse et la TVA rapporte plus que prévu.", "fr", "TVA"),
        ("El PIB creció 3 % en el trimestre.", "es", "PIB"),
        ("O IPCA subiu 0,4 % em março.", "pt", "IPCA"),
    ],
)
def test_a_figure_or_a_tax_is_no_body(text, language, name):
    assert name not in organizations(text, language)
