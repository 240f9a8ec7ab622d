"""A company bought or taken over (a firm, a unit, a stake, a share of its capital) is investment, in English, Spanish,
French and Portuguese; goods, fuel, arms or currency bought are not. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Tata Steel agreed to acquire Kessler Wire Inc., an Ohio maker of cables, for $800 million.", "en"),
        ("Olsen Foods will buy the Danish dairy unit of Arla Holdings for 2 billion kroner.", "en"),
        ("The Qatari fund bought 30 percent of the Portuguese power company last year.", "en"),
        ("Marubeni completed its takeover of the Chilean salmon producer on Monday.", "en"),
        ("Nakamura Seiki has acquired two German machine-tool firms since 2019, the company said.", "en"),
        ("La mexicana Cemix adquirió el 60 % de la empresa colombiana de cementos por US$ 300 millones.", "es"),
        ("Le groupe marocain a racheté la filiale sénégalaise de la banque française.", "fr"),
        ("A chinesa State Grid comprou a empresa brasileira de distribuição por R$ 2 bilhões.", "pt"),
    ],
)
def test_a_company_bought_is_investment(text, language):
    assert "investment" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Japan bought 6 million tonnes of Qatari LNG last year, the two countries said.", "en"),
        ("The air force will buy 24 fighter jets under the deal signed with Sweden.", "en"),
        ("The central bank bought about 2 billion euros of weaker currencies on Monday.", "en"),
        ("Egypt agreed to buy 500,000 tonnes of wheat from Kazakhstan, the ministers said.", "en"),
        ("El Gobierno compró 200 autobuses eléctricos a China para la capital.", "es"),
        ("Le Maroc a acquis 36 hélicoptères de combat auprès des États-Unis.", "fr"),
    ],
)
def test_goods_bought_are_not(text, language):
    assert "investment" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank will keep buying assets until inflation falls, both governors said.",
        "Both countries agreed to buy more components along the supply chain of the car industry.",
    ],
)
def test_assets_a_central_bank_buys_or_a_supply_chain_are_no_company(text):
    assert "investment" not in sectors_of(text)
