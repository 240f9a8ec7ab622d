"""Sectors that news states through what a lender does, through works being finished, through a named facility
being built, through Spanish, French and Portuguese verb forms, and sector words that are a company's name or
page furniture. Every sentence was written for these tests."""

import pytest

from pipelines.extract.article import extract_article
from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        # lending is finance, whatever the lender is called
        ("The state lender will lend the port authority $90 million for new cranes.", "en", {"finance", "transport"}),
        # ... and the works a fund pays for are infrastructure
        (
            "Two Gulf funds co-financed the desalination plant with the government.",
            "en",
            {"finance", "environment", "infrastructure"},
        ),
        # a bank named as the one that puts up money is finance; the words of its name are not its sector
        (
            "The Nordic Investment Bank approved 80 million euros for the tram line.",
            "en",
            {"finance", "infrastructure", "transport"},
        ),
        ("Afreximbank has approved $250 million to support vaccine plants.", "en", {"finance", "health"}),
        ("The Energy Development Bank was founded in 1972.", "en", set()),
    ],
)
def test_lenders_and_lending(text, language, sectors):
    assert sectors_of(text, language) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        # a road is a route; finishing or rebuilding it is construction
        ("Work on the coastal road is to be completed next year, the ministry said.", {"transport", "infrastructure"}),
        (
            "The loan covers the rehabilitation of the mountain road to the border.",
            {"finance", "transport", "infrastructure"},
        ),
        # ... but a road map is a plan
        ("The ministers adopted a road map for the talks.", set()),
        # a named facility whose construction is paid for is activity in its sector
        ("Tokyo will fund the construction of the Western Province Children's Hospital.", {"health", "infrastructure"}),
        # a company named after fields is a company, not two fields of work
        ("The frigates will be delivered by Atlantic Energy Industries under the deal.", {"defence"}),
    ],
)
def test_works_finished_and_facilities_built(text, sectors):
    assert sectors_of(text) == sectors


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        ("O acordo prevê uma linha de crédito para empresas que invistam no país.", "pt", {"finance", "investment"}),
        ("Las compañías europeas invierten cada año en la región, según el acuerdo.", "es", {"investment"}),
        ("Le projet permettra de former 8 000 agriculteurs à l'irrigation.", "fr", {"education", "agriculture"}),
        ("El programa capacitará a 600 docentes rurales.", "es", {"education"}),
        # rolling stock made for a railway is transport too (the fix sets' gold: every article naming wagons)
        (
            "La empresa fabricará los vagones en su planta de Almaty, según el contrato.",
            "es",
            {"industry", "transport"},
        ),
    ],
)
def test_romance_verb_forms(text, language, sectors):
    assert sectors_of(text, language) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        # a storage depot for fuel, not farming or armour
        (
            "India will help develop the tank farm at the eastern port, the ministers agreed.",
            {"energy", "transport", "infrastructure"},
        ),
        # a line or a plant that starts commercial operation is not trade
        ("The metro line will begin commercial operation in June under the agreement.", {"transport"}),
        # aid to an army is defence
        ("The union agreed military aid of 10 million euros for the border brigades.", {"defence"}),
    ],
)
def test_compounds_whose_head_decides(text, sectors):
    assert sectors_of(text) == sectors


def test_a_related_links_block_is_page_furniture():
    text = (
        "The two ministers met in Lisbon on Monday to discuss new flights between the capitals. They said that the "
        "talks had gone well and that they would meet again in the spring to review the work of their officials.\n\n"
        "Related links\nBrazil and Chile expand cooperation in science\nMinisters open new university campus\n"
    )
    assert {h.sector for h in extract_article(text).sectors} == {"transport"}
    text = (
        "Os dois ministros reuniram-se em Lisboa para discutir novos voos entre as capitais. Disseram que as "
        "conversas correram bem e que voltarão a reunir-se na primavera para rever o trabalho dos seus técnicos.\n\n"
        "Matérias relacionadas\nBrasil e Chile ampliam cooperação em ciência e tecnologia\n"
    )
    assert "science_technology" not in {h.sector for h in extract_article(text).sectors}


@pytest.mark.parametrize(
    "text, sectors",
    [
        # a sentence that names two states reports what is between them, whatever its verb
        ("Officials said 200 Kenyan nurses finished their training in Cuba.", {"health", "education"}),
        # ... one state alone does not
        ("Kenyan nurses finished their training last year.", set()),
        # works in the plural that are built are construction; a depot of fuel is energy
        # (roads are routes as well: transport)
        (
            "Ottawa will help build roads in the northern provinces, the statement said.",
            {"infrastructure", "transport"},
        ),
        ("The firm will run the oil tank farm under the agreement.", {"energy"}),
    ],
)
def test_what_a_sentence_says_between_two_states_and_works(text, sectors):
    assert sectors_of(text) == sectors


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        # money put up for something is activity in its sector
        ("The agency will fund 40 new clinics in the south.", "en", {"health"}),
        ("O banco vai financiar a construção de uma ponte sobre o rio.", "pt", {"finance", "infrastructure"}),
        ("Delhi extended a line of credit to Dhaka for electric buses.", "en", {"finance", "transport"}),
        # a port's operator and terminals are transport; barriers that are not tariffs are trade
        ("The port operator will run the container terminal for 25 years.", "en", {"transport"}),
        ("The ministers agreed to lift non-tariff barriers on each other's goods.", "en", {"trade"}),
        # Romance schools and works enlarged
        # a state that pays for a thing is no financial cooperation, as in English; a bank lends ("O banco")
        ("La France financera 12 collèges et lycées dans le nord, selon l'accord.", "fr", {"education"}),
        ("El crédito permitirá ampliar el puerto de la ciudad.", "es", {"finance", "transport", "infrastructure"}),
    ],
)
def test_money_put_up_ports_barriers_and_romance_works(text, language, sectors):
    assert sectors_of(text, language) == sectors


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        # Romance demonyms are lower-case adjectives, and name their states all the same
        ("Médicos cubanos trabajan en clínicas venezolanas desde hace años.", "es", {"health"}),
        # a route whose works are finished is a route as well as works; paving is works
        ("The expressway to the new container port is to be completed in May.", "en", {"transport", "infrastructure"}),
        ("Contractors will pave roads in three districts.", "en", {"infrastructure"}),
        # nurses and doctors in French, Spanish and Portuguese
        ("Le programme formera 200 infirmières dans le nord.", "fr", {"education", "health"}),
    ],
)
def test_lower_case_demonyms_finished_routes_and_carers(text, language, sectors):
    assert sectors_of(text, language) == sectors
