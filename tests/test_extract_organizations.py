"""Organisations on sentences written for these tests: companies, outlets cited as sources, bodies of a named
state, full names with commas and `and`, two names joined by `and`, page furniture and headlines."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name: a for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Karakoram Shipping Co. Ltd signed with the Pacific Power Group.",
            {"Karakoram Shipping Co. Ltd", "Pacific Power Group"},
        ),
        ("Busan Marine Co., Ltd. will build two ships.", {"Busan Marine Co., Ltd."}),
        ("PJSC Aeroflot and JSC Russian Railways agreed to cooperate.", {"PJSC Aeroflot", "JSC Russian Railways"}),
        ("The deal was signed by Volga Neft PJSC and Rosneft Oil Company.", {"Volga Neft PJSC", "Rosneft Oil Company"}),
        ("Hambantota International Port Group leased the quay.", {"Hambantota International Port Group"}),
        ("Orinoco Steel Corp. said its profit rose.", {"Orinoco Steel Corp."}),
    ],
)
def test_companies_by_legal_form_and_head_noun(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI, Feb 17 (Kenya Wire) – Officials met on Monday.", "Kenya Wire"),
        ("TEHRAN (Tasnim) – The minister said trade would grow.", "Tasnim"),
        ("SUVA (Pacific Wire) – The minister said trade would grow.", "Pacific Wire"),
        ('"We are ready," the minister told the Daily Courier on Tuesday.', "Daily Courier"),
        ("The ministry told BNA that the plan was sound.", "BNA"),
        ("The report was carried by the Moldovan state news agency Zorya on Friday.", "Zorya"),
        ("The Saudi daily Sabq said more talks were planned.", "Sabq"),
        ("KNB reported that the talks ended.", "KNB"),
        ("IRNA reported that the talks ended.", "IRNA"),
    ],
)
def test_outlets_cited_as_sources(text, expected):
    assert expected in organizations(text)


def test_a_person_who_reports_or_is_told_is_not_an_outlet():
    assert organizations("Khan reported to the board. He also told the Prime Minister.") == {}


def test_a_desk_in_a_dateline_is_not_an_outlet():
    assert organizations("LIMA (Web Desk) – The minister arrived.\nQUITO (Staff Reporter) – Talks ended.") == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russia's Foreign Ministry said talks would continue.", "Foreign Ministry", "RUS"),
        ("Sri Lanka's Finance Ministry said the loan was approved.", "Finance Ministry", "LKA"),
        ("The Chinese Ministry of Commerce announced new tariffs.", "Ministry of Commerce", "CHN"),
        ("The Chinese foreign ministry said the visit was a success.", "Chinese foreign ministry", "CHN"),
        ("The UAE embassy in Tel Aviv issued a statement.", "UAE embassy in Tel Aviv", "ARE"),
        ("The Embassy of Japan in Dhaka hosted a reception.", "Embassy of Japan in Dhaka", "JPN"),
    ],
)
def test_bodies_of_a_named_state_take_that_state(text, name, country):
    assert organizations(text)[name].country == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bureau of Weights, Measures and Standards will certify the goods.",
            "Bureau of Weights, Measures and Standards",
        ),
        (
            "Its Ministry of Economy, Trade and Industry (METI) issued a statement.",
            "Ministry of Economy, Trade and Industry",
        ),
    ],
)
def test_full_names_keep_their_comma_list_of_portfolios(text, expected):
    assert set(organizations(text)) == {expected}


def test_a_list_of_states_after_a_ministry_is_not_part_of_its_name():
    found = organizations("Officials of the Ministry of Commerce, Peru and Chile attended.")
    assert set(found) == {"Ministry of Commerce"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EDCF and the Ministry of Economic Affairs signed the loan.", {"Ministry of Economic Affairs"}),
        ("The minister Ali Khan and the Gulf-Andean Business Council met.", {"Gulf-Andean Business Council"}),
        (
            "Hambantota International Port Group and the Sri Lanka Ports Authority (SLPA) signed the lease.",
            {"Hambantota International Port Group", "Sri Lanka Ports Authority"},
        ),
        ("The Turkish Radio and Television Corporation aired it.", {"Turkish Radio and Television Corporation"}),
    ],
)
def test_two_names_joined_by_and_are_two_but_a_known_name_stays_whole(text, expected):
    assert set(organizations(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About the Embassy\nLatest News\nPrev Post\nContact Us",
        "Police Take Action Over Ties With Officials While In UK Office",
        "The country drew on its Extended Fund Facility last year.",
    ],
)
def test_page_furniture_headlines_and_programmes_are_not_organisations(text):
    assert organizations(text) == {}


def test_a_word_before_of_the_organisation_is_not_part_of_its_name():
    assert set(organizations("Pakistan Seeks Membership of the European Union Trade Bloc")) == {"European Union"}


def test_a_topic_after_on_is_not_part_of_a_name():
    assert set(organizations("He wrote to the World Trade Organization on Japan about it.")) == {
        "World Trade Organization"
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El Ministerio de Industria y Turismo dijo que la Agencia Nacional de Puertos firmó el acuerdo.",
            {"Ministerio de Industria y Turismo", "Agencia Nacional de Puertos"},
        ),
        (
            "fr",
            "Le ministère des Affaires étrangères a reçu la Banque sahélienne d'investissement. Le ministère a dit",
            {"ministère des Affaires étrangères", "Banque sahélienne d'investissement"},
        ),
        (
            "pt",
            "O Banco Central do Brasil e o Ministério das Relações Exteriores anunciaram um acordo.",
            {"Banco Central do Brasil", "Ministério das Relações Exteriores"},
        ),
    ],
)
def test_organisations_in_spanish_french_and_portuguese(language, text, expected):
    assert set(organizations(text, language)) == expected


def test_a_known_organisation_in_another_language_keeps_its_id_and_its_written_name():
    found = organizations("El Banco Mundial y la ONU apoyan el plan.", "es")
    assert {(name, a.actor_id) for name, a in found.items()} == {
        ("Banco Mundial", "world-bank"),
        ("ONU", "un"),
    }


def test_only_a_capitalised_name_in_another_language_is_read_in_an_english_article():
    # a body an English text names in its own language is read whole; the Romance rules' lower-case heads are not
    assert organizations("He said the ministère des affaires étrangères would not comment.") == {}
    assert set(organizations("El Ministerio de Industria y Turismo dijo que no.")) == {
        "Ministerio de Industria y Turismo"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brazilian planemaker Vortexa said orders rose.", "Vortexa"),
        ("The Chinese state-owned utility Grid Star won the tender.", "Grid Star"),
        ("The deal was first reported by the Saudi publication Okba.", "Okba"),
    ],
)
def test_a_company_or_outlet_introduced_by_what_it_is(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quoting Pakistani Commerce Ministry, the daily said exports rose.", "Pakistani Commerce Ministry"),
        ("He joined US President Donald Trump’s Board of Peace last year.", "Board of Peace"),
        ("The U.S. Congress approved the aid.", "U.S. Congress"),
        ("Aid came from the U.S. The Ministry of Finance welcomed it.", "Ministry of Finance"),
    ],
)
def test_sentence_words_and_an_office_holders_possessive_are_not_part_of_a_name(text, expected):
    assert set(organizations(text)) == {expected}


def test_an_office_possessive_stays_in_the_name():
    assert "Prime Minister’s Office" in organizations("The Prime Minister’s Office said so.")


def test_a_known_name_before_and_is_cut_from_what_follows():
    assert set(organizations("Pakistan Railways and Uzbekistan signed.")) == {"Pakistan Railways"}


def test_a_name_after_and_the_runs_to_its_own_head_noun():
    found = organizations("Loans came from the Andes Bank and the Agricultural and Rural Bank of Chile.")
    assert set(found) == {"Andes Bank", "Agricultural and Rural Bank of Chile"}


def test_a_multilateral_body_by_its_short_form_is_the_known_body():
    found = extract_actors("The AU Commission met. The African Union Commission agreed.")
    assert [(a.actor_id, a.mentions) for a in found if a.actor_type == "organization"] == [("au-commission", 2)]
