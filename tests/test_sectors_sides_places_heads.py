"""Sectors read against the whole sentence or article: a cue said of both sides or of two states' places, a cue
inside a city's name, aid written in capitals, and a word that a phrase before it already named. Every sentence
was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # what is said of both sides, or coordinated between them, is between the actors
        ("Direct flights between the two countries resumed on Monday.", "en", "transport"),
        ("Both sides called for more coordination on terrorism in the Sahel.", "en", "security"),
        ("Los dos países retomarán los vuelos directos en marzo.", "es", "transport"),
        # a state's city and another state's people name two states
        ("Hotels in Abu Dhabi are waiting for Chinese tourists this winter.", "en", "tourism"),
        # official development assistance is aid, in capitals too
        ("New Zealand said its Official Development Assistance to Samoa reached a record.", "en", "humanitarian"),
    ],
)
def test_a_cue_said_of_both_sides_counts(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a cue inside a city's name is a place
        ("The minister signed a memorandum on fisheries during his visit to Port Louis.", "en", "transport"),
        ("Le ministre a signé un accord de coopération lors de sa visite à Port-au-Prince.", "fr", "transport"),
        # a farm that a phrase named is that farm
        (
            "The utility signed a deal for a solar farm in the desert. Works on the farm will start in May.",
            "en",
            "agriculture",
        ),
        (
            "They agreed to build a wind farm near Gdansk. The farm will be built by a joint venture.",
            "en",
            "agriculture",
        ),
    ],
)
def test_a_cue_that_names_something_else_does_not_count(text: str, language: str, sector: str) -> None:
    assert sector not in sectors_of(text, language)


def test_a_farm_alone_is_still_farming() -> None:
    assert "agriculture" in sectors_of("The two ministers agreed to modernise farms and expand irrigation.")


@pytest.mark.parametrize(
    "text, sector",
    [
        # a company named for its trade, at work, is activity in its sector
        ("The contract for 40 trainer jets was signed with Turkish Aerospace Industries on Monday.", "industry"),
        ("The ministry signed a $40 million contract with China Harbour Construction Company.", "infrastructure"),
        ("Poland signed a supply deal with Baltic Steel Industries worth $90 million.", "industry"),
    ],
)
def test_a_company_named_for_its_trade_at_work_counts(text: str, sector: str) -> None:
    assert sector in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        # a body, a force or a place named for a field is no company
        ("The delegation was received at Addis Ababa International Airport on Monday.", "transport"),
        ("The agreement was signed in the presence of the Minister of Trade and Industry.", "industry"),
        ("Officers of the National Army will guard the sites under the agreement.", "defence"),
    ],
)
def test_a_body_or_place_named_for_a_field_does_not_count(text: str, sector: str) -> None:
    assert sector not in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        # goods named in passing in a trade flow, without a figure of their own, are not work in their sector
        ("India buys far more from Ghana than its exports of gold and cocoa suggest, the envoy said.", "mining"),
        ("Bilateral trade rose to $2 billion, with Malawi's exports dominated by tea and coffee.", "agriculture"),
        ("El ministro lamentó que las exportaciones de café y banano sigan siendo modestas.", "agriculture"),
    ],
)
def test_goods_listed_in_a_trade_figure_do_not_count(text: str, sector: str) -> None:
    assert sector not in sectors_of(text, "es" if "exportaciones" in text else "en")


@pytest.mark.parametrize(
    "text, sector",
    [
        # a flow of goods that the sides plan or work on is activity in the goods' sector
        ("Beijing agreed to increase imports of Kenyan avocados and tea.", "agriculture"),
        ("The two sides agreed to expand cooperation in copper mining and exports.", "mining"),
        ("Korea will lift its tariffs on Peruvian coffee and fish under the deal.", "agriculture"),
        # ... and so is a flow of goods with its own figure
        ("Exports of cocoa and cashew nuts to Vietnam reached $400 million.", "agriculture"),
    ],
)
def test_a_flow_of_goods_worked_on_counts(text: str, sector: str) -> None:
    assert sector in sectors_of(text)


@pytest.mark.parametrize(
    "text, language, present, absent",
    [
        # a word in a figure of speech or in a phrase of another sector
        ("The loan will restore the financial health of the state utility.", "en", "finance", "health"),
        ("Reform is a long road, the minister said after signing the agreement.", "en", None, "transport"),
        ("El Tesoro firmó un préstamo puente con el banco para pagar los bonos.", "es", "finance", "infrastructure"),
        (
            "Baku and Rome agreed to expand the gas corridor. The corridor will carry more gas next year.",
            "en",
            "energy",
            "transport",
        ),
    ],
)
def test_a_word_in_a_phrase_of_another_sense(text: str, language: str, present: str | None, absent: str) -> None:
    found = sectors_of(text, language)
    assert absent not in found
    assert present is None or present in found


@pytest.mark.parametrize(
    "text",
    [
        "The fund pays back member states for arms deliveries to Kyiv.",
        "Berlin approved new arms sales to Riyadh despite the objections.",
    ],
)
def test_arms_handed_over_are_defence(text: str) -> None:
    assert "defence" in sectors_of(text)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a list of several goods in a trade figure is still one keyword in passing; a possessor opens no name
        ("Zambia's exports of copper, cobalt and tobacco are modest, the trade minister admitted.", "trade", "mining"),
        ("Uganda's exports to Kenya, dominated by maize and sugar, fell last year.", "trade", "agriculture"),
        ("Japan's Official Development Assistance to Laos rose sharply last year.", "humanitarian", None),
    ],
)
def test_lists_of_goods_and_possessors(text: str, present: str, absent: str | None) -> None:
    found = sectors_of(text)
    assert present in found
    assert absent is None or absent not in found


def test_a_possessor_between_works_and_the_name_they_build() -> None:
    assert "health" in sectors_of("Seoul will fund the construction of Ghana's Korle Bu Hospital, the ministers said.")
