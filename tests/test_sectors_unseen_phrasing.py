"""Sectors named by what the work is (power plants, a railway line, vaccines, scholarships) rather than by the
sector word, in four languages, and words that must not count; every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        ("Both sides agreed to double bilateral turnover and hold a business forum in Tashkent.", "en", {"trade"}),
        ("The two governments agreed to set up a special economic zone for Chinese investors.", "en", {"investment"}),
        ("The two navies will hold joint exercises and Ankara will sell drones to Baku.", "en", {"defence"}),
        ("The leaders agreed to work together against drug trafficking and human smuggling.", "en", {"security"}),
        ("They noted the state of peace and security and the armed conflicts in the region.", "en", {"security"}),
        # works that are built are construction too (spec: infrastructure covers construction)
        (
            "China will build two power plants and a transmission line under the agreement.",
            "en",
            {"energy", "infrastructure"},
        ),
        (
            "The dam is essential for the electrification of the country, its leaders said in talks.",
            "en",
            {"energy", "infrastructure"},
        ),
        ("The companies agreed to develop a copper mine and lithium deposits.", "en", {"mining"}),
        ("The company will construct housing units and a bridge under the deal.", "en", {"infrastructure"}),
        (
            "The two sides agreed to build a new railway line linking the port to the capital.",
            "en",
            {"transport", "infrastructure"},
        ),
        # the works a loan pays for are infrastructure
        (
            "The loan will finance a metro line and a railroad in the capital.",
            "en",
            {"transport", "finance", "infrastructure"},
        ),
        ("The partners agreed to cooperate on manufacturing and steel production.", "en", {"industry"}),
        ("The joint statement covers production capacity cooperation.", "en", {"industry"}),
        ("The two agencies agreed to cooperate on satellites and space research.", "en", {"science_technology"}),
        ("The government offered 100 scholarships to students from the region.", "en", {"education"}),
        ("The ministers agreed to hold a film festival and music tours.", "en", {"culture"}),
        ("The two countries agreed to promote visa-free travel for tourists.", "en", {"tourism"}),
        ("India will supply vaccines and build a hospital under the agreement.", "en", {"health", "infrastructure"}),
        ("The IMF approved a bailout after a staff-level agreement.", "en", {"finance"}),
        ("Japan will provide relief goods for flood victims and refugees.", "en", {"humanitarian"}),
        ("The countries agreed on water sharing and glacier monitoring.", "en", {"environment"}),
        ("The deal covers wastewater treatment in three cities.", "en", {"environment"}),
        ("The agreement covers manpower export and the welfare of migrant workers.", "en", {"labour"}),
        ("They signed deals on beef, soybeans and fertilizer supplies.", "en", {"agriculture"}),
        (
            "The summit documents cover counter-terrorism, migration, defence and nuclear energy.",
            "en",
            {"security", "defence", "energy"},
        ),
        ("Los dos países acordaron ampliar el comercio y las exportaciones de carne.", "es", {"trade", "agriculture"}),
        (
            "Les deux pays ont signé un accord de coopération dans le domaine de l'eau et du climat.",
            "fr",
            {"environment"},
        ),
        ("Les ministères ont signé un accord de coopération cinématographique.", "fr", {"culture"}),
        ("Os dois países assinaram acordos sobre ferrovias, portos e soja.", "pt", {"transport", "agriculture"}),
        ("Os acordos envolvem carne bovina e alimentação animal.", "pt", {"agriculture"}),
    ],
)
def test_a_sector_named_by_its_work_not_its_word(text, language, sectors):
    assert sectors_of(text, language) == sectors


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        ("A military band played the anthems before the talks.", "en", set()),
        ("The guests were welcomed with a guard of honour and a gun salute.", "en", set()),
        ("Media representatives were kept out of the dinner.", "en", set()),
        ("An industry official told reporters the visit went well.", "en", set()),
        ("The minister spoke in defence of the decision at the summit.", "en", set()),
        ("They praised the confidence building measures discussed at the meeting.", "en", set()),
        ("The talks focused on the security environment in the region.", "en", set()),
        ("At the summit he accused them of the weaponisation of trade.", "en", {"trade"}),
        ("Canada simplified shipping documentation requirements for exporters.", "en", {"trade"}),
        ("Una banda militar tocó los himnos antes del acuerdo.", "es", set()),
        ("El acuerdo sirve en defensa de los derechos humanos.", "es", set()),
        ("Il a été accueilli avec les honneurs militaires.", "fr", set()),
    ],
)
def test_ceremony_figures_of_speech_and_sources_are_no_sector(text, language, sectors):
    assert sectors_of(text, language) == sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("At a media briefing after the talks, the minister thanked his hosts.", "en"),
        ("Emirati media said the agreement was signed on Monday.", "en"),
        ("The budget for the 2024-25 financial year was agreed in talks.", "en"),
        ("The minister arrived aboard a special flight for the summit.", "en"),
        ("He visited the former leader to inquire about her health.", "en"),
        ("The summit praised his promotion of the culture of peace.", "en"),
        ("The goods can be diverted to military use, the officials said in talks.", "en"),
        ("O tratado dará mais segurança jurídica às empresas, diz o acordo.", "pt"),
    ],
)
def test_the_news_media_a_calendar_a_visitors_flight_and_legal_certainty_are_no_sector(text, language):
    assert sectors_of(text, language) == set()


def test_media_cooperation_is_culture():
    assert sectors_of("The two agencies signed an agreement on media cooperation.") == {"culture"}


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("The two navies agreed to increase cooperation in the region.", {"defence"}),
        ("Officers briefed the minister on the troop deployment they plan together.", {"defence"}),
        ("The ministers agreed to cooperate on anti-terrorism and antiterrorism drills.", {"security"}),
        ("The island's debt repayments will be eased by budget support from its partner.", {"finance"}),
        (
            "The cabinet agreed to develop the harbour as a public - private partnership.",
            {"investment", "infrastructure", "transport"},
        ),
        ("Officials said the deals signed cover connectivity and tech.", {"transport", "science_technology"}),
        # a field of work written in capitals is no body's name
        ("The two forces agreed to work on Humanitarian Assistance and Disaster Relief (HADR).", {"humanitarian"}),
        ("The sides agreed to cooperate in Oil and Gas and in Climate Change.", {"energy", "environment"}),
        # ... but a body's name, a hyphenated name, a river's bank and a line at sea report no activity
        ("A mission of the Export-Import Bank of Ruritania visited the capital and held talks.", set()),
        ("The pipeline will run along the banks of the river, the ministers agreed.", {"energy"}),
        ("Both sides agreed to respect the maritime border and to boost trade.", {"trade"}),
    ],
)
def test_sector_words_seen_on_unseen_pages(text, sectors):
    assert sectors_of(text) == sectors


@pytest.mark.parametrize(
    "text",
    [
        # a route that is built or developed is infrastructure as well as transport ...
        "Under the deal the company will establish a new railroad linking the coast to the capital.",
        "The lender will take part in the development of a harbour project in the south.",
        "Both sides agreed to upgrade the motorway to the border crossing.",
    ],
)
def test_a_route_that_is_built_is_infrastructure_too(text):
    assert {"transport", "infrastructure"} <= sectors_of(text)


def test_a_route_in_a_list_far_from_a_building_word_is_transport_only():
    text = (
        "The deals cover maritime affairs; customs; railways; farming; artificial intelligence and digital development."
    )
    assert "infrastructure" not in sectors_of(text)
    assert "transport" in sectors_of(text)


@pytest.mark.parametrize(
    "text, sectors",
    [
        # a named place of work that a delegation visits is activity in its sector; the name's first cue decides
        ("The minister visited the Armed Forces Medical College during his stay.", {"defence"}),
        ("While visiting the Republic of Ruritania Military Forces Joint Command, she spoke to officers.", {"defence"}),
        ("On Tuesday she toured the National Agricultural Research Centre.", {"agriculture"}),
        # ... but a body named in passing is not
        ("He met the head of the Armed Forces Medical College for a chat.", set()),
        # a capitalised word that is part of a party's name in the same text is that name, not a field
        ("At the Labor Party Congress she told 600 Labor delegates that the trade agreement was signed.", {"trade"}),
        ("They agreed to cooperate in Labor and Agriculture.", {"labour", "agriculture"}),
    ],
)
def test_visits_to_named_places_and_words_of_names(text, sectors):
    assert sectors_of(text) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("Both leaders hoped the talks on the river dam would bear fruit.", {"infrastructure"}),
        ("Trade across the border supports thousands of jobs, the ministers agreed.", {"trade"}),
        ("The funds support campaigns for public health education in the islands.", {"health"}),
        ("Chefs and language teachers may work in the country under the agreement.", {"education"}),
        ("The leaders vowed to promote economic connectivity across investment and trade.", {"investment", "trade"}),
        ("He called it a milestone toward a future of peace, prosperity and security for the region.", set()),
        ("Many agreements were signed in the agri-food and tourism sectors.", {"agriculture", "tourism"}),
        (
            "Japan extended grant assistance for a Human Resource Development Scholarship.",
            {"humanitarian", "education"},
        ),
        (
            "The emir pledged $3 billion in deposits and direct investments, the agreement says.",
            {"finance", "investment"},
        ),
        ("The company agreed to explore lithium deposits in the north.", {"mining"}),
        (
            "The accord covers military intelligence and information technologies.",
            {"defence", "security", "science_technology"},
        ),
        (
            "The threats from terrorism, from cyber space and from nuclear proliferation cross our borders.",
            {"security"},
        ),
        ("The ministers agreed on a desalination plant and tree-planting in the hills.", {"environment"}),
        ("The ministers agreed to build the harbour and railway.", {"transport", "infrastructure"}),
        ("We signed agreements across many fields, including air travel and culture.", {"transport", "culture"}),
        ("Two agreements will be signed, on defence cooperation and maritime surveillance.", {"defence", "security"}),
    ],
)
def test_figures_of_speech_modifiers_and_cues_not_foreseen(text, sectors):
    assert sectors_of(text) == sectors


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        (
            "Os acordos incluem cooperação nas áreas de educação, energia e minas.",
            "pt",
            {"education", "energy", "mining"},
        ),
        ("Les deux pays ont signé un accord de coopération en matière d'habitat social.", "fr", {"infrastructure"}),
        ("Acordaron trabajar juntos en la defensa irrestricta de los derechos humanos.", "es", set()),
    ],
)
def test_sector_cues_in_other_languages_not_foreseen(text, language, sectors):
    assert sectors_of(text, language) == sectors
