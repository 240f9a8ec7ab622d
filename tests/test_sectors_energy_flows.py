"""A trade flow or a price whose goods are energy or minerals is that sector's work, not trade: goods said before the
flow ("gas exports", "LNG imports", "power sector tariffs") or its object after it through a link or a figure
("exports of power", "import up to 450 megawatts", "exportou 2 milhões de toneladas de carvão"). A flow of other goods,
of goods of several sectors, or one whose sentence gives its value or its change ("gas exports earned $4 billion",
"coal exports rose 18%") stays trade: a trade figure. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Turkmenistan will raise gas exports to China through the fourth line, Ashgabat said.", "en", "energy"),
        ("Pakistan will expand LNG imports from Qatar under the new deal signed in Doha.", "en", "energy"),
        ("Nepal agreed with India to raise exports of power to Bihar to 600 megawatts by 2026.", "en", "energy"),
        ("Laos said the line will let it export up to 1,000 megawatts to Thailand and Cambodia.", "en", "energy"),
        ("Kyrgyzstan imported roughly 900 million cubic metres of Kazakh gas last year.", "en", "energy"),
        ("Mongolia plans to export 30 million tonnes of coal to China through the new crossing.", "en", "mining"),
        ("Georgia relies on Azerbaijani gas imports in winter, Tbilisi told the Baku delegation.", "en", "energy"),
        ("Ghana asked Nigeria to settle its electricity import bill before the new tender.", "en", "energy"),
        ("Kenya will review power sector tariffs with the World Bank before the second tranche.", "en", "energy"),
        ("Uruguay aumentará las exportaciones de electricidad a Argentina en invierno.", "es", "energy"),
        ("Bolivia exportó 12 millones de metros cúbicos de gas por día a Brasil, según YPFB.", "es", "energy"),
        ("Le Maroc veut porter ses importations d'électricité depuis l'Espagne à 900 mégawatts.", "fr", "energy"),
        ("Le Niger exportera du pétrole brut vers le Bénin par le nouvel oléoduc, selon Niamey.", "fr", "energy"),
        ("Moçambique exportou 5 milhões de toneladas de carvão para a Índia, disse Maputo.", "pt", "mining"),
        ("Angola quer aumentar as exportações de petróleo para a China, afirmou o ministro em Luanda.", "pt", "energy"),
    ],
)
def test_a_flow_of_energy_or_minerals_is_that_sector(text, language, sector):
    found = sectors_of(text, language)
    assert sector in found
    assert "trade" not in found


@pytest.mark.parametrize(
    "text, language",
    [
        ("Vietnam's exports of coffee to Germany rose 12 percent, the embassy said in Berlin.", "en"),
        ("Turkmenistan earned $4 billion from gas exports to China last year, Ashgabat said.", "en"),
        ("Coal exports from Mongolia to China rose 18% in the first quarter, Ulaanbaatar said.", "en"),
        ("Las exportaciones de cobre de Perú a China sumaron 9.000 millones de dólares, dijo Lima.", "es"),
        ("As importações de gás da Bolívia custaram 2 mil milhões de dólares ao Brasil, disse Brasília.", "pt"),
        ("Imports rose 20 percent as oil prices climbed, Chile's central bank said in Santiago.", "en"),
        ("Kenya's exports of tea and oil seeds to Egypt reached $500 million, Nairobi said.", "en"),
        ("Indonesia and Australia agreed to cut tariffs on beef and wheat under the new deal.", "en"),
        ("Las exportaciones de café de Colombia a Corea crecieron un 10 por ciento, dijo Bogotá.", "es"),
        ("Le Sénégal a augmenté ses exportations de poisson vers l'Union européenne, selon Dakar.", "fr"),
        ("As exportações de soja do Brasil para a China cresceram, disse o ministro em Brasília.", "pt"),
    ],
)
def test_a_flow_of_other_goods_stays_trade(text, language):
    assert "trade" in sectors_of(text, language)
