"""Goods that one state's buyers buy from another state, in a figure, are trade (the guidelines' "exports and
imports"), whatever the goods and whether or not a word of trade is written: a verb of buying, the figure of the goods,
then the seller's demonym and the goods ("bought about 40 million tonnes of Brazilian soybeans"; in Spanish, French and
Portuguese the demonym after the goods: "compró 300.000 toneladas de trigo ruso"). Goods bought with no figure ("has
bought Russian gas since 1995"), bought at home or a share of a firm are not. Every sentence was written for these
tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("China bought about 40 million tonnes of Brazilian soybeans in the first half of the year.", "en"),
        ("Georgia buys some 12 million cubic metres of Azerbaijani gas a day for its power stations.", "en"),
        ("Pakistan bought 1.2 million tonnes of Russian wheat last season, the food ministry said.", "en"),
        ("Last year Kenya purchased 300,000 tonnes of Ugandan maize to cover the shortfall.", "en"),
        ("South Korea is buying 2.5 million barrels of Kazakh crude a month under the new contract.", "en"),
        ("Vietnam purchased about 4,000 tonnes of Chilean copper cathode in March.", "en"),
        ("Egipto compró 300.000 toneladas de trigo ruso en marzo, según la agencia estatal.", "es"),
        ("Perú comprará unas 500.000 toneladas de urea china antes de la campaña agrícola.", "es"),
        ("L'Algérie achète 2 millions de tonnes de blé français par an, selon l'office des céréales.", "fr"),
        ("A China comprou 20 milhões de toneladas de soja brasileira no primeiro semestre.", "pt"),
    ],
)
def test_goods_bought_from_another_state_are_trade(text: str, language: str) -> None:
    assert "trade" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Armenia has bought Russian gas since 1995 at a price fixed by Gazprom.", "en"),
        ("Grupo Carso bought 49 percent of the Colombian cable operator for $300 million.", "en"),
        ("The Indian navy will buy spare parts at Russian plants, the minister said.", "en"),
        ("Telefónica compró el 30 % de la operadora peruana en 2019.", "es"),
    ],
)
def test_no_figure_of_goods_or_a_share_of_a_firm_is_no_trade(text: str, language: str) -> None:
    assert "trade" not in sectors_of(text, language)
