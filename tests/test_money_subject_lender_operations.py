"""A lender's "operations" are what it lends, where the clause or the sentence before names a lender or a loan;
every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The board approved a $60 million loan for rural clinics. A first operation of $35 million was approved "
            "in May 2014, after the storm.",
            "en",
        ),
        ("O NBD já aprovou cerca de US$ 3 bilhões em operações na região desde 2018.", "pt"),
        (
            "El Banco Mundial aprobó otros US$ 200 millones para el país. En 2019 la institución aprobó operaciones "
            "por unos US$ 6.000 millones.",
            "es",
        ),
    ],
)
def test_a_lenders_operations_are_loans(text, language):
    assert _subjects(text, language)[-1] == "loan"


def test_operations_no_lender_names_stay_other():
    assert _subjects("The army said the operations had cost about $40 million so far.")[-1] != "loan"
