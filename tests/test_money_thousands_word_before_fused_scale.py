"""A figure with the thousands word inside it (Mexican style) runs on into a scale fused with its currency as into
a scale word: "10 mil 330 mdd" is 10,330 million dollars, like "8 mil 200 millones de dólares". Every sentence is
written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _read(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in extract_money(text, language="es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Las remesas a Jalisco sumaron 4 mil 815 mdd en el semestre.", [(4815e6, "USD")]),
        (
            "Monterrey captó 2 mil 40 mdd de inversión extranjera, frente a 1 mil 960 mdd un año antes.",
            [(2040e6, "USD"), (1960e6, "USD")],
        ),
        ("El déficit con Corea llegó a 7 mil 300 millones de dólares.", [(7300e6, "USD")]),
        # a figure without the thousands word keeps its own value
        ("La planta de Saltillo costó 275 mdd.", [(275e6, "USD")]),
    ],
)
def test_a_figure_with_the_thousands_word_runs_on_into_a_fused_scale(text, expected):
    assert _read(text) == expected
