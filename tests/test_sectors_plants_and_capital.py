"""Industry and investment named without their own word: a company's plant, or a plant that makes goods, is
manufacturing (industry); a sum put, poured or injected into a company, a plant or works, and a firm's share of
capital, is investment. A state's or a power plant is neither, and money poured into a figure of speech without a
sum is no investment. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Skoda said on Tuesday that its Kolín plant would add a third shift from March.", "en"),
        ("Toyota's Durban plant will ship its first hybrids to Kenya next year, the ministers said.", "en"),
        ("Mahindra confirmed a further 80 million rand for its Gqeberha plant during the visit.", "en"),
        ("The first plants, producing solvents and resins, started work in the free zone last spring.", "en"),
        ("Tata Motors will open a plant to assemble buses outside Nairobi, the two leaders said.", "en"),
        ("Grupo Bimbo anunció que su planta de Toluca duplicará su producción de pan el próximo año.", "es"),
    ],
)
def test_a_company_plant_is_industry(text, language):
    assert "industry" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's Bui plant supplied a fifth of the country's power last year, the minister said.",
        "The utility said its coal-fired plant near Lephalale would close by 2030.",
        "Rosatom said its nuclear plant at Akkuyu would start its first unit in 2026.",
        "The city will upgrade its water treatment plant with a loan from the Dutch government.",
        "Volunteers planted trees to protect the plant species of the valley.",
    ],
)
def test_a_power_or_water_plant_or_a_state_plant_is_no_industry(text):
    assert "industry" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Hyundai will put $400 million into a battery line in Chennai, the Korean envoy said.", "en"),
        ("Statkraft poured about 900 million euros into Peruvian hydropower dams over the decade.", "en"),
        ("The Qatari fund injected QAR 2 billion into the Turkish lender in March.", "en"),
        ("Itochu's equity contribution to the joint company will be ¥14 billion.", "en"),
        ("There are now 640 enterprises with Turkish capital working in Turkmenistan, the minister said.", "en"),
        ("Repsol inyectará 300 millones de euros en la refinería peruana de La Pampilla.", "es"),
        ("Le groupe qatari a injecté 150 millions d'euros dans la compagnie aérienne rwandaise.", "fr"),
    ],
)
def test_a_sum_put_into_a_company_or_works_or_a_share_of_capital_is_investment(text, language):
    assert "investment" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "You cannot pour money into a system that is not ready to use it, the senator said.",
        "The delegation arrived in the Saudi capital, Riyadh, on Monday for talks on trade.",
        "Farmers put 20 tonnes of seed into the ground before the rains, the ministry said.",
        "Both leaders met with Kenyan capital markets regulators on Tuesday.",
    ],
)
def test_a_figure_of_speech_goods_or_a_capital_city_are_no_investment(text):
    assert "investment" not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo has already put some ¥900 billion into the former Soviet Union since 1992, the minister said.",
        "Brussels poured €2 billion into Ukraine last year in grants and loans.",
    ],
)
def test_money_a_state_puts_into_another_is_no_investment_by_itself(text):
    assert "investment" not in sectors_of(text)
