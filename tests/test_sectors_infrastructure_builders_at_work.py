"""A construction firm at work, named by its trade ("Hyundai Engineering & Construction won a contract", "China Road and
Bridge Corporation built the line", "executada pela Construtora Andrade Gutierrez"), is contracting: infrastructure,
whatever the works serve. A builder named in passing (a listing, a share price) does no work. Every sentence was
written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Daewoo Engineering & Construction won a $700 million contract for a refinery in Kuwait.", "en"),
        ("The line was built by China Harbour and Bridge Company and opened in March.", "en"),
        ("Petra Contractors signed a deal on Monday to lay the foundations of the new stadium in Amman.", "en"),
        ("Under the agreement, Sinar Construction Group will build two grain terminals in Chittagong.", "en"),
        ("La obra será ejecutada por la Constructora Andes Sur, que firmó el contrato el lunes.", "es"),
        ("A segunda fase será executada pela Construtora Ribeiro Lopes, com financiamento do BNDES.", "pt"),
    ],
)
def test_a_builder_at_work_is_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Gulf Construction Industries fell 2% in Kuwait on Tuesday after the results.",
    ],
)
def test_a_builder_in_passing_does_no_work(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
