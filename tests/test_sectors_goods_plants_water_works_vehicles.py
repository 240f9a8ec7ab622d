"""Three classes of sector named by its goods, works or vehicles rather than by the sector word, with sentences of
the other sense beside them; every sentence was written for these tests.

- industry: a plant named by the manufactured goods it makes ("a chip plant", "the tyre factory", a gigafactory);
- infrastructure: sanitation, which is water works as well as the environment ("a loan for water and sanitation");
- energy: a "represa", a hydroelectric dam in South American Spanish and in Portuguese, as well as works;
- transport: the vehicles and services that carry people and goods (buses, taxis, ro-ro ships, rolling stock).
"""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Samsung will spend $2 billion on a new chip plant near Austin, the governor said.", "en"),
        ("Infineon agreed to build a semiconductor factory in Kulim with Malaysian partners.", "en"),
        ("SOCAR has set aside 400 million manat for a polymer plant in Sumgayit.", "en"),
        ("Apollo Tyres will open a tyre factory in Hungary, its second in Europe.", "en"),
        ("The two sides agreed on a glass plant in Tashkent and a paper mill in Samarkand.", "en"),
        ("Tata Motors and the Kenyan government signed a deal for a truck plant in Thika.", "en"),
        ("A Chinese group will build a tractor factory outside Addis Ababa, the ministry said.", "en"),
        ("Stadler is investing in a rolling stock plant in Minsk to serve Central Asia.", "en"),
        ("Vietnam's VinFast will start work on a battery cell plant in North Carolina next year.", "en"),
        ("CATL's gigafactory in Debrecen, a 7 billion euro project, will employ 9,000 people.", "en"),
        ("Egypt and China agreed to set up a fibre factory and an ammonia plant in the Suez zone.", "en"),
        ("The Moroccan and Spanish ministers visited the components factory in Tangier on Monday.", "en"),
    ],
)
def test_a_plant_named_by_its_manufactured_goods_is_industry(text, language):
    assert "industry" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # the goods without a plant, or a plant of another sector's goods
        "The minister said the chips were down for the coalition after the vote.",
        "Both leaders agreed to plant trees along the border and to protect the forest.",
        "The glass ceiling for women in diplomacy was discussed at the forum.",
        "The two sides signed an agreement to build a power plant and a water treatment plant.",
    ],
)
def test_goods_beside_no_plant_or_another_plant_are_no_industry(text):
    assert "industry" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The African Development Bank approved a $96 million grant for water supply and sanitation in Somali.", "en"),
        ("Japan will lend Sri Lanka 30 billion yen for sanitation in greater Colombo.", "en"),
        ("The World Bank signed a $150 million loan for urban sanitation in Dhaka with Bangladesh.", "en"),
        ("Germany gives Ghana 38 million euros for water and sanitation in the north.", "en"),
        ("El BID aprobó un préstamo de 500 millones de dólares para agua y saneamiento en Honduras.", "es"),
        ("La CAF financiará obras de saneamiento en Asunción con 120 millones de dólares.", "es"),
        ("L'AFD accorde 40 millions d'euros pour l'eau potable et l'assainissement de Niamey.", "fr"),
        ("La France et le Maroc ont signé une convention pour l'assainissement liquide de Fès.", "fr"),
        ("O BNDES e o Banco do BRICS assinam financiamento de 1 bilhão de dólares para saneamento.", "pt"),
        ("A linha de crédito portuguesa financiará projetos de saneamento em Maputo e na Beira.", "pt"),
    ],
)
def test_sanitation_is_water_works_and_the_environment(text, language):
    assert {"infrastructure", "environment"} <= sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Argentina y China firmaron el financiamiento de las represas de Santa Cruz por 4.700 millones.", "es"),
        ("Paraguay y Brasil acordaron ampliar la represa de Itaipú con un crédito del BNDES.", "es"),
        ("Bolivia y Brasil estudian construir una represa binacional en el río Madera.", "es"),
        ("A construtora brasileira vai construir uma represa no rio Kwanza com crédito do BNDES.", "pt"),
    ],
)
def test_a_represa_is_a_hydroelectric_dam(text, language):
    assert {"energy", "infrastructure"} <= sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        # a dam named otherwise may hold water for irrigation: works only
        ("México y Estados Unidos acordaron reparar la presa de riego en el río Bravo.", "es"),
        ("Le Maroc et la France financeront un barrage d'irrigation dans le Souss.", "fr"),
    ],
)
def test_a_dam_named_otherwise_is_works_only(text, language):
    assert "energy" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("La Banque mondiale accorde 125 millions de dollars destinés au Bus Rapid Transit (BRT) d'Abidjan.", "fr"),
        ("El BID financiará el BRT de Barranquilla con 90 millones de dólares, anunció el ministro.", "es"),
        ("Tokyo will pay subsidies so that cab firms can swap their old cars for hydrogen taxis.", "en"),
        ("The new ro-ro service between Davao and Bitung opened in April, both ministers said.", "en"),
        ("Kazakhstan agreed to lend four locomotives and 200 wagons to the Chinese railway.", "en"),
        ("Hungary will supply 1,300 railcars to Egypt under a deal signed in Cairo.", "en"),
        ("La empresa china entregará 350 vagones y 20 locomotoras a Belgrano Cargas.", "es"),
        ("Alstom livrera 30 locomotives à la SNTF algérienne dans le cadre de l'accord.", "fr"),
        ("A China vai fornecer locomotivas e vagões aos Caminhos de Ferro de Moçambique.", "pt"),
        ("The city of Accra signed a deal with a Brazilian maker for 200 new bus units.", "en"),
    ],
)
def test_vehicles_and_services_that_carry_are_transport(text, language):
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # a passing vehicle in a story on something else carries no cooperation
        "The president waved from his car as he arrived for the summit.",
        "The plane taxied to the terminal before the minister stepped out.",
    ],
)
def test_a_vehicle_word_in_another_sense_is_no_transport(text):
    assert "transport" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("La Côte d'Ivoire a exporté l'an dernier pour 3 000 milliards de FCFA de cacao vers l'Europe.", "fr"),
        ("Le Sénégal a importé 1,2 million de tonnes de riz thaïlandais en 2019, selon le ministère.", "fr"),
        ("Les oranges marocaines exportées vers la Russie ont atteint 600 000 tonnes.", "fr"),
        ("Chile exporta cobre por 40.000 millones de dólares al año a China, recordó el canciller.", "es"),
        ("Los vehículos importados desde México sumaron 2.000 millones de dólares en 2022.", "es"),
        ("Bolivia exportará quinua a Brasil hasta 2030 bajo el nuevo contrato.", "es"),
        ("A China comprou 80% da soja exportada pelo Brasil no ano passado.", "pt"),
        ("Angola importou e Portugal exportaram mais de 2 mil milhões de euros em bens em 2018.", "pt"),
    ],
)
def test_romance_verbs_of_exporting_and_importing_are_trade(text, language):
    assert "trade" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        # "importer" in the sense of mattering is no trade
        ("Peu importe le résultat, les deux ministres se reverront à Dakar en juin.", "fr"),
        ("No importa lo que digan, ambos gobiernos firmaron el acuerdo de cooperación cultural.", "es"),
        ("Não importa quem ganhe, os dois países vão manter a cooperação cultural.", "pt"),
    ],
)
def test_verbs_of_mattering_are_no_trade(text, language):
    assert "trade" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Au cours de l'année, 1 200 techniciens marocains seront formés en France, selon la Chambre.", "fr"),
        ("Quelque 300 ingénieurs sénégalais ont été formés en Turquie dans le cadre de l'accord.", "fr"),
        ("Le Burkina et Taïwan ont signé un accord de formation technique pour les agents agricoles.", "fr"),
        ("Moçambique e o Brasil assinarão um memorando sobre formação técnica na sexta-feira.", "pt"),
        ("Ecuador y Corea firmaron un convenio de formación técnica para 500 jóvenes.", "es"),
    ],
)
def test_technical_training_and_people_trained_are_education(text, language):
    assert "education" in sectors_of(text, language)


def test_a_government_formed_is_no_education():
    assert "education" not in sectors_of("Le nouveau gouvernement sera formé la semaine prochaine à Dakar.", "fr")
