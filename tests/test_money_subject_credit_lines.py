"""A line of a sum is a credit line, a loan, whatever its purpose names ("a line of R$ 2 billion for exporters");
every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O banco de fomento abrirá uma linha de R$ 2 bilhões para exportadores de calçados.", "pt"),
        ("A linha anterior, de 800 milhões de dólares, já foi quase toda utilizada pelas construtoras.", "pt"),
        ("El banco estatal habilitó una línea de 300 millones de dólares para importadores de insumos.", "es"),
    ],
)
def test_a_line_of_a_sum_is_a_loan(text, language):
    assert extract_money(text, language=language)[0].subject == "loan"
