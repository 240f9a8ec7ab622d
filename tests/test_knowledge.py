"""The knowledge base's data files: shipped tables match their sources, lookups resolve as documented."""

from pipelines.knowledge import (
    city_countries,
    dateline_towns,
    geonames_cities,
    geonames_towns,
    historic_states,
    office_holder,
    office_holders_by_surname,
)
from pipelines.knowledge.cities import build, build_towns


def test_the_shipped_city_table_is_what_geonames_gives():
    assert geonames_cities() == build()
    assert (city_countries()["London"], city_countries()["Dhaka"]) == ("GBR", "BGD")
    assert "Hyderabad" not in city_countries()  # two countries' cities
    assert city_countries()["Belgrade"] == "SRB"  # not also the former Serbia and Montenegro's


def test_the_shipped_town_table_is_what_geonames_gives():
    assert geonames_towns() == build_towns()
    assert (dateline_towns()["Lviv"], dateline_towns()["Antofagasta"], dateline_towns()["Tete"]) == (
        "UKR",
        "CHL",
        "MOZ",
    )
    assert "Kingston" not in dateline_towns()  # towns of Jamaica, Canada and others
    assert not set(dateline_towns()) & set(geonames_cities())


def test_office_holders_by_full_name_variant_or_shared_surname():
    assert office_holder("Muhammad Shehbaz Sharif").country == "PAK"
    assert office_holder("Sharif") is None  # one word is not a full name
    assert {h.country for h in office_holders_by_surname("Aliyev")} == {"AZE"}


def test_every_actor_word_table_has_a_note_and_unique_non_blank_words():
    from pipelines.knowledge.actor_words import actor_word_tables

    tables = actor_word_tables()
    assert {"role_heads", "org_heads", "not_org_words", "honorifics", "name_particles"} <= set(tables)
    for name, table in tables.items():
        assert set(table) in ({"note", "words"}, {"note", "map"}), name
        assert isinstance(table["note"], str) and table["note"].strip(), name
        entries = table.get("words") or list(table["map"].values()) + list(table["map"])
        assert entries and all(isinstance(w, str) and w.strip() == w and w for w in entries), name
        if "words" in table:
            assert len(table["words"]) == len(set(table["words"])), name


def test_this_rounds_tables_have_their_columns_unique_keys_and_valid_states():
    import csv
    from importlib import resources

    import pycountry

    from pipelines.knowledge import international_official

    def rows(name):
        with resources.files("pipelines.knowledge").joinpath(name).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    states = {c.alpha_3 for c in pycountry.countries}
    # an official may have led two bodies (`Christine Lagarde`): a name and its body are the key there
    for name, key, columns in (
        ("international_officials.csv", ("name", "body"), ["name", "body", "office", "aliases"]),
        ("state_seats.csv", ("phrase",), ["phrase", "state"]),
        ("state_regions.csv", ("phrase",), ["phrase", "state"]),
        ("city_names.csv", ("name",), ["name", "alpha3"]),
    ):
        table = rows(name)
        assert table and list(table[0]) == columns, name
        keys = [tuple(row[k].strip() for k in key) for row in table]
        assert all(all(k) for k in keys) and len(set(keys)) == len(keys), name
    assert {row["state"] for row in rows("state_seats.csv")} <= states
    assert {row["state"] for row in rows("state_regions.csv")} <= states
    assert {row["alpha3"] for row in rows("city_names.csv")} <= states
    assert all(row["body"].strip() and row["office"].strip() for row in rows("international_officials.csv"))
    assert international_official("Kristalina Georgieva") == "IMF"
    assert international_official("Georgieva") is None  # one word is not a full name


def test_the_company_table_has_its_columns_unique_names_valid_states_and_no_organisation_of_the_base():
    import csv
    from importlib import resources

    import pycountry

    from pipelines.knowledge import company_states, organization_lookup

    def rows(name):
        with resources.files("pipelines.knowledge").joinpath(name).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    table = rows("companies.csv")
    assert table and list(table[0]) == ["name", "aliases", "country"]
    names = [n for row in table for n in (row["name"], *row["aliases"].split("|")) if n]
    assert all(n.strip() == n for n in names) and len(names) == len(set(names))
    assert {row["country"] for row in table} <= {c.alpha_3 for c in pycountry.countries}
    base = {n for row in rows("organizations.csv") for n in (row["name"], row["acronym"], *row["aliases"].split("|"))}
    assert not set(names) & base  # a company the base lists keeps its one row there
    assert company_states()["Vestas"] == "DNK"
    assert organization_lookup()["Vestas Wind Systems"].name == "Vestas"  # and each company is a known body


def test_the_office_holder_table_has_its_columns_valid_states_and_one_row_per_person_and_office():
    import csv
    from importlib import resources

    import pycountry

    with resources.files("pipelines.knowledge").joinpath("office_holders.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert table and list(table[0]) == ["name", "country", "office", "aliases"]
    # a state that no longer exists (ISO 3166-3: `SUN`) for its leaders ("Mikhail Gorbachev")
    states = {c.alpha_3 for c in pycountry.countries} | set(historic_states())
    assert all(row["country"] in states for row in table), [r["name"] for r in table if r["country"] not in states]
    keys = [(row["name"], row["office"]) for row in table]
    assert all(name.strip() == name and name and office.strip() for name, office in keys)
    assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]
    for row in table:
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert row["name"] not in aliases and len(set(aliases)) == len(aliases) and all(aliases), row["name"]


def test_a_person_who_held_two_offices_is_one_holder_with_the_first_office():
    putin = office_holder("Vladimir Putin")  # a row as President, one as Prime Minister
    assert (putin.country, putin.office, putin.offices) == ("RUS", "President", ("President", "Prime Minister"))
    assert office_holder("Abdoulaye Wade").office == "President"


def test_a_shared_surname_or_a_part_of_a_name_without_its_surname_names_no_known_holder():
    from pipelines.knowledge import office_holders_with_name_word

    assert office_holders_by_surname("Smith") == () and office_holders_with_name_word("Smith") == ()
    assert office_holder("Luis Rodriguez") is None  # not "José Luis Rodríguez Zapatero"
    assert office_holder("Shahbaz Sharif").country == "PAK"  # part of "Muhammad Shehbaz Sharif"
    assert office_holders_with_name_word("Ralph") == ()  # a given name alone, outside the given-name states
    assert office_holder("Nawaf Al-Ahmad Al-Jaber Al-Sabah").name.startswith("Nawaf")  # holds Sabah's words too


def test_a_surname_that_is_a_place_is_no_distinctive_surname():
    from pipelines.knowledge import distinctive_surnames

    assert {"Montenegro", "Toledo", "English", "Store"}.isdisjoint(distinctive_surnames())
    assert "Vizcarra" in distinctive_surnames()


def test_a_name_with_a_fathers_name_is_part_of_a_known_one_by_its_given_name():
    assert office_holder("Tamim bin Hamad").country == "QAT"
    assert office_holder("Hamad bin Tamim") is None


def test_a_formal_name_two_states_translate_alike_is_the_state_it_names():
    from pipelines.extract.article import extract_article
    from pipelines.extract.settings import default_settings
    from pipelines.knowledge.actor_words import country_names_in

    # pycountry's Brazilian Portuguese renders Afghanistan's formal name as Pakistan's
    assert country_names_in("pt")["República Islâmica do Paquistão"] == "PAK"
    assert country_names_in("pt")["República Islâmica do Afeganistão"] == "AFG"
    text = (
        "O enviado chegou a Brasília na segunda-feira para dois dias de conversas. A delegação da República "
        "Islâmica do Paquistão assinou dois memorandos sobre comércio e energia com o governo brasileiro."
    )
    states = {a.country for a in extract_article(text, default_settings()).actors if a.actor_type == "country"}
    assert "PAK" in states and "AFG" not in states


def test_the_lender_office_tables_are_words_and_read_a_lenders_offices_in_four_languages():
    import re

    from pipelines.extract.actors.person_bodies import _LENDER_OFFICE
    from pipelines.knowledge.actor_words import actor_word_tables

    tables = actor_word_tables()
    for name in ("lender_offices", "lender_offices_cased", "lender_region_offices", "lender_region_bank"):
        assert tables[name]["words"] and tables[name]["note"].strip(), name
    assert "lender_region_for" in tables
    office = re.compile(_LENDER_OFFICE)
    for said in (
        "country director",
        "Country Manager",
        "regional country director",
        "Resident Representative",
        "Deputy Managing Director",
        "la représentante résidente",
        "el representante residente",
        "le directeur des opérations",
        "o diretor de operações",
        "la directora de operaciones",
        "vice president for the region",
        "its vice president for a\nregion",
        "vice-présidente de la Banque pour la région",
        "vicepresidenta para la región",
        "vice-presidente do Banco para a região",
    ):
        assert office.search(said), said
    for said in ("deputy managing director", "country club", "vice president for sales", "representative office"):
        assert not office.search(said), said
