"""Farm goods made in a plant or produced are manufacturing, so industry as well as agriculture: "a fertilizer plant",
"a urea plant", "relancer la production d'engrais", "una fábrica de fertilizantes"; farm goods traded stay agriculture
alone. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Moroccan group will build a fertilizer plant in Ghana under the agreement.", "en"),
        ("The two sides agreed on a joint urea plant in the free zone, worth $900 million.", "en"),
        ("Les deux pays ont convenu de relancer la production d'engrais au Sénégal.", "fr"),
        ("El acuerdo prevé una fábrica de fertilizantes en Santa Cruz con apoyo ruso.", "es"),
        ("A parceria prevê uma unidade de produção de fertilizantes no Mato Grosso.", "pt"),
    ],
)
def test_farm_goods_made_in_a_plant_are_industry_too(text, language):
    assert {"agriculture", "industry"} <= sectors_of(text, language)


def test_farm_goods_traded_stay_agriculture():
    assert "industry" not in sectors_of("Exports of wheat and fertilizer to Kenya rose to $300 million last year.")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Embrapa will help Zambia lift the production of cassava and maize in the north, both sides agreed.", "en"),
        ("El acuerdo apoyará la producción de quinua y papa en el altiplano boliviano.", "es"),
        ("Le projet doit doubler la production de riz paddy dans la vallée du fleuve Sénégal.", "fr"),
        ("A Embrapa vai apoiar a produção de arroz e feijão no planalto moçambicano.", "pt"),
    ],
)
def test_a_crop_produced_is_farming_alone(text, language):
    sectors = sectors_of(text, language)
    assert "agriculture" in sectors and "industry" not in sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("The two firms will raise the production of edible oil in Mombasa, the ministers said.", "en"),
        ("El acuerdo prevé aumentar la producción de azúcar en el ingenio de Tucumán.", "es"),
    ],
)
def test_goods_only_a_plant_makes_produced_are_industry_too(text, language):
    assert {"agriculture", "industry"} <= sectors_of(text, language)
