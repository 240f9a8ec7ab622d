"""A contract is an agreement: a cue in the sentence of a contract won, signed or awarded for works, goods or services
counts, in a headline too ("wins Manila commuter rail contract", "el contrato del hospital", "le contrat de
l'autoroute"). An illness contracted is no agreement. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Hyundai Rotem wins Manila commuter rail contract", "en", "transport"),
        ("Alstom lands Santo Domingo metro contract after a two-year tender", "en", "transport"),
        ("Sacyr se adjudica el contrato del hospital de Antofagasta", "es", "health"),
        ("Colas décroche le contrat de l'autoroute Dakar-Thiès", "fr", "transport"),
        ("Mota-Engil ganha contrato da ferrovia de Nacala", "pt", "transport"),
        ("Los contratos de las carreteras del norte de Honduras irán a firmas coreanas.", "es", "transport"),
    ],
)
def test_a_cue_in_a_contract_counts(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


def test_an_illness_contracted_is_no_agreement() -> None:
    assert "health" not in sectors_of("The envoy contracted malaria in Lagos last year.")
