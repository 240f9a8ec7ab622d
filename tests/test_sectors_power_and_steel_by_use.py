"""Two cue words read by their use in the phrase. `power` standing alone as an item of a list of other sectors' fields
("projects in power, railways and roads", "a loan for roads and power") is the energy field, as `power lines` are power
works; a world power stays none. A material (steel, aluminium, cement, acero, acier, aço) that only qualifies a thing
made of it ("a steel fence", "steel rails", "rieles de acero") is the thing's material, no industry; before a head of
its making ("a steel mill", "steel production", "the cement plant") or as a subject ("Chinese steel flooded the
market") it stays industry. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The Asian Development Bank will finance twelve projects in power, railways and ports in Bangladesh.",
        "Tokyo's new strategy for Cambodia focuses on power, transport and climate resilience.",
        "The Chinese loan to Zimbabwe is for roads and power, the finance ministry said.",
        "The World Bank's programme in Tanzania covers water, power and roads in five regions.",
        "Kuwait agreed to fund schools, power and irrigation in Sudan's eastern states.",
        "Canberra will pay for a new power line and a wharf upgrade in Papua New Guinea.",
        "India's credit line to Mozambique finances power lines and water pumps in Cabo Delgado.",
    ],
)
def test_power_among_fields_is_energy(text: str) -> None:
    assert "energy" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil, a rising power in the south, hosted the summit.",
        "The Gulf states see Turkey as a regional power and a partner in trade.",
        "Nigeria wants more power in the African Union, the minister said.",
    ],
)
def test_power_in_another_sense_is_no_energy(text: str) -> None:
    assert "energy" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Greece will extend the steel fence along the Evros border by 35 kilometres.", "en"),
        ("India is supplying steel rails for the Chabahar-Zahedan railway under a credit line.", "en"),
        ("The cost of the Manila viaduct rose because of higher steel prices, the department said.", "en"),
        ("Chinese contractors shipped steel bridge segments to Dhaka for the Padma crossing.", "en"),
        ("The Kenyan firm will lay aluminium cables between Nairobi and Thika.", "en"),
        ("Las vigas de acero del puente llegaron desde Corea al puerto de Callao.", "es"),
        ("Les rails d'acier de la ligne Dakar-Bamako seront livrés par la Chine.", "fr"),
        ("Os trilhos de aço da ferrovia de Nacala vieram da Índia.", "pt"),
    ],
)
def test_a_material_of_a_thing_is_no_industry(text: str, language: str) -> None:
    assert "industry" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Baowu agreed to build a green steel plant in Western Australia.", "en"),
        ("The Serbian government wants more steel investment from China, the minister said.", "en"),
        ("Chinese steel flooded the European market, the commissioner told his Japanese counterpart.", "en"),
        ("Local steel suppliers in Vietnam say the rule costs them business with Japanese contractors.", "en"),
        ("Dangote agreed with its Chinese partner to double cement capacity in Zambia by 2027.", "en"),
        ("POSCO and Krakatau Steel said their joint mill would open in 2013.", "en"),
        ("La producción de acero de la planta de Ternium crecerá un 20 por ciento en México.", "es"),
        ("La production d'acier de l'usine algérienne de Bellara doublera avec le partenaire qatari.", "fr"),
        ("A indústria do aço brasileira quer exportar mais para a China.", "pt"),
    ],
)
def test_a_material_made_stays_industry(text: str, language: str) -> None:
    assert "industry" in sectors_of(text, language)
