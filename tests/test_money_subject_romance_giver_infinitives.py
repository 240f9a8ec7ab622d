"""Subject of money a state gives abroad, its giving verb an infinitive after a modal or an intent ('va accorder',
'a décidé de verser', 'va a conceder'): aid, as the finite verb's is. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str) -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le Japon va accorder 30 millions de dollars au Sénégal pour la formation professionnelle.", "fr"),
        ("L'Allemagne a décidé de verser 20 millions d'euros au Mali pour l'accès à l'eau potable.", "fr"),
        ("España va a conceder 25 millones de euros a Mauritania para la formación profesional.", "es"),
        ("Portugal vai conceder 12 milhões de euros a Cabo Verde para a formação profissional.", "pt"),
    ],
)
def test_money_a_state_is_to_give_abroad_is_aid(text, language):
    assert _subjects(text, language) == ["aid"]


def test_a_lender_is_to_lend():
    assert _subjects("La Banque mondiale va prêter 200 millions de dollars au Bénin pour ses routes.", "fr") == ["loan"]
