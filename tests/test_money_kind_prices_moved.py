"""Kind of a price per unit that a market held at or a seller offered ("Brent held above $92 a barrel", "the shilling
held at KSh 129 per dollar", "wheat was offered at $231 a tonne FOB", "la soja se ofrecía a", "le blé s'est
maintenu à", "o milho foi oferecido a"): a price reported as current or past, so actual, as a quoted or averaged one
is; one put ahead ("will be offered at") stays other, and so does a price that rose or fell to a level. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Brent held above $92 a barrel on Monday after the OPEC meeting.", "en"),
        ("The Kenyan shilling held at KSh 129 per dollar for most of May, the central bank said.", "en"),
        ("Russian wheat was offered at $231 a tonne FOB Novorossiysk this week, traders said.", "en"),
        ("Ukrainian corn was offered CPT Odesa at $205 a tonne on Friday.", "en"),
        ("Angolan cargoes were offered at a premium of $1.20 a barrel to Brent on Tuesday.", "en"),
        ("Malaysian palm oil hovered around 3,900 ringgit a tonne in March.", "en"),
        ("La soja se ofrecía a 410 dólares por tonelada esta semana en Rosario.", "es"),
        ("El maíz se mantuvo en 190 dólares por tonelada en febrero.", "es"),
        ("Le blé meunier s'est maintenu à 230 euros la tonne mardi à Rouen.", "fr"),
        ("Le cacao ivoirien était offert à 2 900 dollars la tonne en juin.", "fr"),
        ("O milho foi oferecido a US$ 210 por tonelada em Paranaguá na semana passada.", "pt"),
        ("O açúcar manteve-se em US$ 480 por tonelada em abril.", "pt"),
    ],
)
def test_a_price_held_or_offered_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gas for Armenian households will be offered at $230 per thousand cubic metres from 2026.", "en"),
        ("Oil prices rose to $85 a barrel.", "en"),
        ("The plant will sell the power at $0.07 per kilowatt-hour.", "en"),
        ("Le prix garanti sera fixé à 900 francs CFA le kilogramme.", "fr"),
    ],
)
def test_a_price_put_ahead_or_moved_stays_other(text, language):
    assert _kinds(text, language) == ["other"]
