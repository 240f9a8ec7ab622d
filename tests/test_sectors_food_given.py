"""Food given as aid is humanitarian and food supply too, agriculture (the spec's food security): rations a food agency
hands out or cuts. A food agency named in passing is no agriculture. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Tokyo pledged $12 million in food aid for drought-hit families in southern Madagascar.", "en"),
        ("The agency warned it will cut food assistance to 400,000 refugees in eastern Chad next month.", "en"),
        ("Rabat sent 40 tonnes of emergency food to Niamey on Tuesday, the two governments said.", "en"),
        ("La Unión Europea aprobó 30 millones de euros de ayuda alimentaria para Haití.", "es"),
        ("Le Japon a signé un accord d'aide alimentaire de 5 millions de dollars avec la Mauritanie.", "fr"),
        ("O Brasil enviou 2.000 toneladas de ajuda alimentar a Moçambique após o ciclone.", "pt"),
    ],
)
def test_food_given_as_aid_is_humanitarian_and_agriculture(text: str, language: str) -> None:
    assert {"humanitarian", "agriculture"} <= sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the refugee crisis over dinner and agreed to meet again in May.",
        "The World Food Programme's country director attended the ceremony as a guest of the mayor.",
    ],
)
def test_food_in_passing_is_no_agriculture(text: str) -> None:
    assert "agriculture" not in sectors_of(text)
