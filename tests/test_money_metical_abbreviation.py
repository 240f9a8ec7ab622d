"""The Mozambican metical written `MT` after the figure, as Portuguese-language outlets of Mozambique write it
("120 milhões de MT", "2,5 mil milhões de MT"), is an amount in MZN; `MT` in English (metric tonnes) or as a
Brazilian state's abbreviation is no currency. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _amounts(text: str, language: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, amount",
    [
        ("O Conselho Municipal de Nampula aprovou um orçamento de 845 milhões de MT para o próximo ano.", 845e6),
        ("A reabilitação da estrada Nacala-Cuamba vai custar 2,5 mil milhões de MT, segundo a ANE.", 2.5e9),
        ("Os produtores de algodão receberam cerca de 310 milhões de MT na última campanha.", 310e6),
        ("O Banco de Moçambique injectou 4 mil milhões de MT no mercado interbancário.", 4e9),
        ("A receita do imposto sobre combustíveis atingiu 12,7 mil milhões de MT em 2019.", 12.7e9),
        ("Cada família deslocada em Pemba recebe 2.500 MT por mês do programa de apoio.", 2500.0),
    ],
)
def test_metical_abbreviated_after_the_figure(text, amount):
    assert _amounts(text, "pt") == [(amount, "MZN")]


@pytest.mark.parametrize(
    "text, language",
    [
        ("The port handled 3 million MT of coal last year.", "en"),
        ("Exports reached 450,000 MT of cashew nuts.", "en"),
        ("A colheita de soja em Sorriso (MT) deve crescer 8% este ano.", "pt"),
    ],
)
def test_mt_of_tonnes_or_of_a_state_is_no_money(text, language):
    assert _amounts(text, language) == []
