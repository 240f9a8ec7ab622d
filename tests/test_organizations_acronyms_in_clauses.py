"""Acronyms never spelled out that a clause shows to be bodies: a simple past or present act, a pact between two
of them, a meeting place that closes its clause, a body bidden to act. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, (), None, [], language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Peru's KORVIDA pledged $40 million in soft loans for the port of Paita.", "KORVIDA"),
        ("Power cuts will go on until ZESCO pays its coal suppliers, the minister said.", "ZESCO"),
        ("Separately, NTPCL signed a supply deal with two Nepali distributors.", "NTPCL"),
        ("Egypt's SCZA already runs a logistics park near the canal.", "SCZA"),
        ("La BDEAC accorde 20 milliards de francs CFA au Tchad pour ses routes.", "BDEAC"),
        ("En marzo el INEGUA informó que las exportaciones de azúcar crecieron.", "INEGUA"),
        ("Officials signed a memorandum between KARI and CNES on satellite imaging.", "KARI"),
        ("Officials signed a memorandum between KARI and CNES on satellite imaging.", "CNES"),
        ("The two ministers met at MOTIE, officials said, to discuss battery supply chains.", "MOTIE"),
        ("Exporters still wait for months for licences at the DGFT, even after the reform.", "DGFT"),
        ("The premier asked NEPRA to review the tariff before winter.", "NEPRA"),
    ],
)
def test_an_acronym_a_clause_shows_acting_is_a_body(text, acronym):
    assert acronym in organizations(text, "es" if "INEGUA" in text else "fr" if "BDEAC" in text else "en")


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Imports of LPG signed off by the regulator rose in May.", "LPG"),  # a fuel after a preposition
        ("The deal with Kestrel LNG signed in March covers ten cargoes.", "LNG"),  # the end of a longer name
        ("Work on Tarbela IV began after Tarbela III opened to traffic.", "III"),  # a numeral
        ('"Baiterek" JSC announces the results of its bond sale.', "JSC"),  # a legal form
        ("A gap between GDP and GNI says little about wages.", "GDP"),  # concepts, in the plural elsewhere
        ("The cargo was unloaded at the LNG terminal on Friday.", "LNG"),  # the acronym qualifies a noun
        ("Funds of the RDSP disbursed in May went to rural schools.", "RDSP"),  # a participle, no object after
        ("The loan is priced at LIBOR plus two points, the bank said.", "LIBOR"),
    ],
)
def test_an_acronym_that_is_a_thing_a_number_or_a_name_s_end_is_no_body(text, acronym):
    text = text if acronym != "GDP" else text + " Both GDPs and GNIs are estimates."
    assert acronym not in organizations(text)


def test_a_known_bank_named_by_its_french_acronym_or_name_is_that_bank():
    text = "La BEI accorde 80 millions d'euros au Bénin; la Banque européenne d'investissement suit le projet."
    ids = {a.actor_id for a in extract_actors(text, (), None, [], "fr") if a.actor_type == "organization"}
    assert ids == {"eib"}
