"""Sector cues said in passing: a verb of paying for a thing, page furniture (a caption, another story's
headline after a label on the same line), a fuel named for a power plant, and relief from debt. Every sentence
was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        # who pays for a thing says nothing of banking or loans
        "The Gulf fund will finance a new stadium in Mosul worth 80 million dollars, the minister said.",
        "Oman also financed the Kariba bypass tunnel, which opened in 2011.",
        "The Korean side finances 60 million dollars of the project, and Laos pays the rest.",
    ],
)
def test_a_verb_of_paying_is_no_finance(text: str) -> None:
    assert "finance" not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers agreed to expand trade finance and to open bank branches in both capitals.",
        "Finance ministers of the two countries signed a currency swap worth 2 billion dollars.",
    ],
)
def test_finance_as_a_noun_still_counts(text: str) -> None:
    assert "finance" in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        # a photo's caption and another story's headline after a label are page furniture
        (
            "Caption: Workers unload cement bags at a building site in Giza. (File photo)\n"
            "Egypt and the EU signed a 100 million euro agreement on sewage networks on Monday.",
            "labour",
        ),
        (
            "Egypt and the EU signed a 100 million euro agreement on sewage networks on Monday.\n"
            "Comments (4) | Most read: Oil deal with Rome signed worth 2 billion",
            "energy",
        ),
        (
            "Egypt and the EU signed a 100 million euro agreement on sewage networks on Monday.\n"
            "Share | Related: Tourism receipts hit record worth 9 billion",
            "tourism",
        ),
    ],
)
def test_page_furniture_reports_nothing(text: str, sector: str) -> None:
    assert sector not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The utility agreed to buy power from a coal-fired plant in Sindh under a 25-year deal.",
        "Under the deal, the company will supply electricity from its coal-based station in Odisha.",
        "Las partes firmaron un acuerdo para ampliar una central a carbón en el norte.",
    ],
)
def test_a_fuel_named_for_a_power_plant_is_energy_not_mining(text: str) -> None:
    found = sectors_of(text, "es" if text.startswith("Las") else "en")
    assert "energy" in found and "mining" not in found


def test_relief_from_debt_is_finance_not_aid() -> None:
    found = sectors_of("Ghana has received debt relief worth 2 billion dollars from its creditors since 2005.")
    assert "humanitarian" not in found and "finance" in found


@pytest.mark.parametrize(
    "text",
    [
        # works that a loan or a fund pays for, or that are improved or extended, are works built
        "The bank approved a 40 million dollar credit to improve feeder roads in the northern provinces.",
        "The new line of credit will fund 12 projects in ports, railways and roads across the country.",
        "The loan will extend sewage networks to 300 villages in the delta, the minister said.",
    ],
)
def test_works_paid_for_or_improved_are_infrastructure(text: str) -> None:
    assert "infrastructure" in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        # a share that a company holds is an investment wherever the sentence puts it
        ("The Korean carrier, in which the Gulf fund owns a 12 percent stake, will open a route.", "investment"),
        ("Sonara holds a 30% stake, and the French group the rest, the two governments said.", "investment"),
    ],
)
def test_a_stake_held_is_investment(text: str, sector: str) -> None:
    assert sector in sectors_of(text)


def test_what_is_at_stake_is_no_stake() -> None:
    assert "investment" not in sectors_of("Both sides said a great deal was at stake in the high-stakes talks.")


@pytest.mark.parametrize(
    "text, language",
    [
        # roads in the plural are routes as well as works (listed among works of other fields they are works only:
        # test_sectors_roads_among_works.py)
        ("The donors said they will support roads and power lines in the north.", "en"),
        ("Os dois governos assinaram um acordo de cooperação sobre estradas.", "pt"),
    ],
)
def test_roads_are_transport(text: str, language: str) -> None:
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        # fighting drugs is policing, however the word is built
        ("The two ministers signed an anti-drug cooperation plan on Tuesday.", "en"),
        ("Washington will provide 20 million dollars for counternarcotics programs in the region.", "en"),
        ("Les deux pays ont signé un accord de coopération antidrogue.", "fr"),
        ("L'ONU enverra 2 000 policiers et soldats supplémentaires, selon l'accord.", "fr"),
    ],
)
def test_fighting_drugs_and_police_officers_are_security(text: str, language: str) -> None:
    assert "security" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        # assistance given with a sum is aid money, which the spec counts as humanitarian
        "Norway has provided more than 300 million dollars in assistance to Sudan since 2015.",
        "The EU disbursed 2 billion euros in assistance to Tunisia last year.",
    ],
)
def test_assistance_with_a_sum_is_aid(text: str) -> None:
    assert "humanitarian" in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # ... help without one is help of any kind, and expert advice or aid to forces is no aid
        "The president thanked Turkey for its assistance in building the new bridge.",
        "The bank will provide a 2 million dollar technical assistance package to the utility.",
    ],
)
def test_help_without_a_sum_or_advice_is_no_aid(text: str) -> None:
    assert "humanitarian" not in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        # a pipeline that will carry gas does energy's work, not transport's
        ("The new pipeline will transport 20 billion cubic metres of Azerbaijani gas a year to Italy.", "en"),
        ("Once built, the line would annually transport 12 million tonnes of crude oil to the coast.", "en"),
        ("El gasoducto transportará 10.000 millones de metros cúbicos de gas al año hacia Europa.", "es"),
    ],
)
def test_carrying_gas_is_energy_not_transport(text: str, language: str) -> None:
    found = sectors_of(text, language)
    assert "transport" not in found and "energy" in found


def test_carrying_people_is_still_transport() -> None:
    assert "transport" in sectors_of("The new railway will transport 40,000 passengers a day between the two cities.")


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a visitor met at the airport travels; a utility's price is energy's; a border crossing is no port
        (
            "El canciller fue recibido en el aeropuerto de Ezeiza por su homólogo, con quien firmó un acuerdo.",
            "es",
            "transport",
        ),
        (
            "Le ministre a été accueilli à l'aéroport par son homologue avant la signature de l'accord.",
            "fr",
            "transport",
        ),
        ("Under the IMF deal, electricity tariffs were raised by 40 percent last month.", "en", "trade"),
        (
            "The US will deliver scanners for ports of entry along the border worth 20 million dollars.",
            "en",
            "transport",
        ),
    ],
)
def test_a_word_in_another_sense_reports_nothing_of_its_sector(text: str, language: str, sector: str) -> None:
    assert sector not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("A siderúrgica chinesa vai investir 2 bilhões de dólares numa usina no Pará.", "pt"),
        ("La empresa siderúrgica firmó un acuerdo de cooperación con el grupo indio.", "es"),
    ],
)
def test_a_steelmaker_is_industry(text: str, language: str) -> None:
    assert "industry" in sectors_of(text, language)


def test_solar_plants_built_are_energy() -> None:
    found = sectors_of("Emirati investors are ready to build solar plants with 800 megawatts of capacity in Jordan.")
    assert "energy" in found and "infrastructure" not in found


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # a cue joined by a hyphen to another field is that field's too; after a prefix it is not
        ("Bolivia y Rusia firmarán un acuerdo de cooperación técnico-militar en abril.", "es", "defence"),
        ("Les deux pays ont signé un accord de coopération technico-militaire.", "fr", "defence"),
    ],
)
def test_a_cue_joined_to_another_field_counts(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


def test_a_cue_after_a_prefix_still_does_not_count() -> None:
    assert "energy" not in sectors_of("The two ministers agreed to expand non-oil trade and cooperation.")
