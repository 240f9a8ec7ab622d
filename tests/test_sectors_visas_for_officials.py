"""A visa waived for holders of diplomatic, official or service passports is travel of officials, no tourism; a visa
waived for all citizens or for tourists stays tourism. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The ministers signed an agreement on visa-free travel for holders of diplomatic and service passports.",
            "en",
        ),
        ("Ambos países firmaron un acuerdo de exención de visados para pasaportes diplomáticos y oficiales.", "es"),
        (
            "Les deux pays ont signé un accord d'exemption de visa pour les titulaires de passeports diplomatiques.",
            "fr",
        ),
    ],
)
def test_a_visa_waived_for_officials_is_no_tourism(text: str, language: str) -> None:
    assert "tourism" not in sectors_of(text, language)


def test_a_visa_waived_for_all_citizens_stays_tourism() -> None:
    assert "tourism" in sectors_of("The two countries agreed on visa-free travel for their citizens from next year.")
