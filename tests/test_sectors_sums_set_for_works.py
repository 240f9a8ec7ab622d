"""Infrastructure named without its own word: a sum set for works ("211 billion pesos for roads and ports", "Rs 45
billion earmarked for transmission lines") or works priced after their name ("the pipeline, costed at $5 billion") are
works to build. A sum for goods, or a sum whose works come later in another phrase, is not. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Treasury has earmarked Rs 38 billion for transmission lines in the Terai this fiscal year.", "en"),
        ("The bill includes 95 billion pesos for ports and railways in Mindanao, the senator said.", "en"),
        ("Wellington set aside NZ$120 million for new bridges on the West Coast after the storm.", "en"),
        ("The Trans-Caspian pipeline, costed at about $5 billion, still lacks a buyer for its gas.", "en"),
        ("Lima aprobó 800 millones de soles para carreteras en la sierra de Áncash.", "es"),
        ("Dakar a prévu 45 milliards de FCFA pour les ponts de Casamance en 2026.", "fr"),
        ("O governo reservou R$ 2 bilhões para rodovias no sul do Pará.", "pt"),
    ],
)
def test_a_sum_set_for_works_or_works_priced_is_infrastructure(text: str, language: str) -> None:
    assert "infrastructure" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya earned $1.2 billion for its tea last year, most of it shipped through Mombasa.",
        "The carrier paid $20 million for two used aircraft, the regulator said.",
        "Freight worth $3 billion passed through the Chittagong terminal in June.",
    ],
)
def test_a_sum_for_goods_or_works_in_another_phrase_is_no_infrastructure(text: str) -> None:
    assert "infrastructure" not in sectors_of(text)
