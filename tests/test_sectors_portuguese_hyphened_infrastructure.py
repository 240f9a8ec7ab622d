"""Portuguese written before the 1990 spelling agreement, as Mozambican, Angolan and European outlets still write it,
hyphens `infra-estrutura`: it is the sector's word as `infraestrutura` is, and an office named with it stays an
office. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str) -> set[str]:
    return {h.sector for h in extract_sectors(text, language="pt")}


@pytest.mark.parametrize(
    "text",
    [
        "Os dois países acordaram cooperar no desenvolvimento de infra-estruturas rodoviárias no norte.",
        "A delegação de Cabo Verde discutiu a cooperação em infra-estruturas e energia com o Governo de Angola.",
        "As duas empresas assinaram um memorando para gerir as infra-estruturas comuns do complexo industrial.",
        "O Japão vai financiar a reabilitação de infra-estrutura portuária em Nacala, anunciou o ministro.",
    ],
)
def test_hyphened_infrastructure_is_the_infrastructure_sector(text):
    assert "infrastructure" in _sectors(text)


def test_a_minister_of_infrastructure_named_in_passing_gives_no_sector():
    text = (
        "O ministro da Energia e Infra-estruturas, João Baptista Borges, chegou a Lisboa para uma visita de dois dias."
    )
    assert "infrastructure" not in _sectors(text)
