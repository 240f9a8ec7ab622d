"""Organisation classes missed on the fix sets, on sentences written for these tests: a name its bracketed
acronym spells that the capitalised-run rules cut (joined by `and`, words after the head, no head noun at all),
`&` inside a company's name, an owner in the possessive before a listed company or after an `of` list, and a seat of
government that speaks or acts (`the White House said`), not one that is a place (`at the White House`), and a
state's government named with its state (`the Government of Tonga`, `the Iraqi Government`)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks with the Armenian Power and Water Supply Company (APWSC) on tariffs ended on Friday.",
            "Armenian Power and Water Supply Company",
        ),
        (
            "Officers will be trained by the Canadian Naval Planning and Liaison Group (CNPLG) next year.",
            "Canadian Naval Planning and Liaison Group",
        ),
        (
            "The Free Port Authority at Sohar Bay (FPASB) has leased land to two smelters.",
            "Free Port Authority at Sohar Bay",
        ),
        ("The grain is stored by Bank Rolniczy Wielkopolski (BRW) under the new loan.", "Bank Rolniczy Wielkopolski"),
        ("The new track was laid by Tojikiston Rohi Ohan (TRO) in under two years.", "Tojikiston Rohi Ohan"),
        ("Under the deal Companhia de Minas Tetebe (CMT) will sell its copper to Zambia.", "Companhia de Minas Tetebe"),
    ],
)
def test_a_name_its_acronym_spells_is_kept_whole(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Growth of the Gross Domestic Product (GDP) slowed to three percent last year.",
        "Exports of Liquefied Natural Gas (LNG) rose sharply under the Free Trade Agreement (FTA).",
        "The Northern Coast Rail Link (NCRL) will open in 2027.",
        "Relations between Pakistan and United Kingdom (UK) are on an upward trajectory.",
        "Both sides want more Foreign Direct Investment (FDI) and a cut in Value Added Tax (VAT).",
    ],
)
def test_a_concept_a_treaty_a_works_or_a_state_its_acronym_spells_is_no_body(text):
    assert not organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kolmar Shipbuilding & Engineering Co. will deliver two tankers to the navy.",
            "Kolmar Shipbuilding & Engineering Co.",
        ),
        (
            "The bridge was built by Daerim Heavy Industries & Construction last year.",
            "Daerim Heavy Industries & Construction",
        ),
    ],
)
def test_an_ampersand_joins_the_words_of_one_company(text, expected):
    assert expected in organizations(text)


def test_portfolios_joined_by_an_ampersand_in_an_office_are_no_body():
    text = "Omar Haddad, Adviser on Commerce, Textile, Industries & Production, and Investment, met the envoy."
    assert not organizations(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("State mining firm Gecamines and Norway's Veltrona signed a cobalt deal.", "Veltrona", "Norway's Veltrona"),
        (
            "The Development Bank of Chile and Brazil's Caixa Ferreira opened a credit line.",
            "Development Bank of Chile",
            "Development Bank of Chile and Brazil",
        ),
    ],
)
def test_an_owner_in_the_possessive_is_not_part_of_a_name(text, expected, not_expected):
    found = organizations(text)
    assert expected in found and not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        ("The White House has confirmed that the summit in Lima will go ahead.", "White House", "en"),
        ("A deal is close, according to the Kremlin, though details are scarce.", "Kremlin", "en"),
        ("Le président a quitté Dakar mardi, a indiqué l'Élysée dans un communiqué.", "Élysée", "fr"),
        ("Según la Moncloa, el acuerdo se firmará en junio.", "Moncloa", "es"),
        ("The talks went well, the Akorda press service said on Monday.", "Akorda", "en"),
    ],
)
def test_a_seat_of_government_that_speaks_or_acts_is_a_body(text, expected, language):
    assert expected in organizations(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents met at the White House on Tuesday to discuss tariffs.",
        "He flew to Moscow and was received in the Kremlin by the president.",
    ],
)
def test_a_seat_as_a_place_is_no_body(text):
    # its staff named after it ("Kremlin spokesman NAME") name the body: test_organizations_government_seats_acting
    assert not organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant will help the Government of Samoa rebuild two clinics.", "Government of Samoa"),
        ("Talks stalled after the Peruvian Government's offer was rejected.", "Peruvian Government"),
        ("The Nepal Government has approved the hydropower licence.", "Nepal Government"),
    ],
)
def test_a_states_government_named_with_its_state_is_a_body(text, expected):
    assert expected in organizations(text)


def test_a_government_in_lower_case_or_without_its_state_is_no_body():
    assert not organizations("The government of Samoa and Government officials met on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cracker will be run by Hanwa Chemical under a 20-year lease.", "Hanwa Chemical"),
        ("Zhenhai Petrochemical signed a supply deal with the refinery.", "Zhenhai Petrochemical"),
        ("Kestrel Resources is expected to start drilling next spring.", "Kestrel Resources"),
        ("The brine project is led by Tenvara Lithium and two local partners.", "Tenvara Lithium"),
    ],
)
def test_a_proper_name_then_a_trade_in_the_singular_is_a_company(text, expected):
    assert expected in organizations(text)


def test_a_portfolio_or_a_generic_word_before_a_trade_is_no_company():
    text = "Officials from Human Resources and Water Resources said Chemical weapons were not discussed."
    assert not organizations(text)


def test_a_state_of_two_words_the_model_reads_as_a_body_is_no_body():
    text = (
        "Home > News > Energy\n\nSouth Africa and Norway agree R3bn offshore wind push\n\n• March 3, 2022 •\n\n"
        "By Staff Reporter\n\nSouth Africa and Norway have agreed to mobilise R3 billion in public and private"
        " investment for offshore wind farms in the Eastern Cape, the Department of Mineral Resources and Energy"
        " said on Friday.\n"
    )
    assert organizations(text) == {"Department of Mineral Resources and Energy"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le président a été élu en mars. Il a été investi le 2 avril devant les chefs d'État.", "fr"),
        ("La ministre est arrivée lundi. Elle a annoncé un accord avec le Mali.", "fr"),
        ("O ministro chegou ontem. Ele vai assinar o acordo com o Chile.", "pt"),
    ],
)
def test_a_pronoun_opening_a_romance_sentence_is_no_company(text, language):
    assert not organizations(text, language)
