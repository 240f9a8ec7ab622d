"""Crops and farm goods that the vocabulary had not named (tea, soy, sesame, cassava, cashews, maize in Spanish,
French and Portuguese) are agriculture when the sides trade, grow or plan them; 'cultivation' is farming. A word of
another sense (cultures as arts) is not. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kenyan tea exports to Egypt reached 40,000 tonnes last year, the two ministers said.", "en"),
        ("Paraguay and Taiwan agreed to expand soy shipments, with soy making up most of the trade.", "en"),
        ("Ethiopia will sell more sesame to China under the agreement signed on Monday.", "en"),
        ("Vietnam and Côte d'Ivoire agreed to cooperate in cashew processing and quality control.", "en"),
        ("The two countries discussed cassava cultivation in the Niger Delta and a joint research plan.", "en"),
        ("México y Guatemala acordaron aumentar el comercio de maíz blanco en la frontera.", "es"),
        ("Le Bénin et l'Inde vont développer la filière du manioc et des noix de cajou.", "fr"),
        ("Moçambique e Vietname assinaram um acordo para a exportação de castanha de caju.", "pt"),
    ],
)
def test_a_crop_the_sides_trade_or_grow_is_agriculture(text, language):
    assert "agriculture" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Os dois países assinaram um acordo sobre as culturas africanas e o cinema.", "pt"),
        ("The ministers agreed to deepen ties over dinner and said the talks had gone well.", "en"),
    ],
)
def test_words_of_another_sense_are_no_crop(text, language):
    assert "agriculture" not in sectors_of(text, language)
