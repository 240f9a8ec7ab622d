"""The knowledge base's data files: shipped tables match their sources, lookups resolve as documented."""

from pipelines.knowledge import city_countries, geonames_cities, office_holder, office_holders_by_surname
from pipelines.knowledge.cities import build


def test_the_shipped_city_table_is_what_geonames_gives():
    assert geonames_cities() == build()
    assert (city_countries()["London"], city_countries()["Dhaka"]) == ("GBR", "BGD")
    assert "Hyderabad" not in city_countries()  # two countries' cities


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
        ("city_names_romance.csv", ("name",), ["name", "alpha3"]),
    ):
        table = rows(name)
        assert table and list(table[0]) == columns, name
        keys = [tuple(row[k].strip() for k in key) for row in table]
        assert all(all(k) for k in keys) and len(set(keys)) == len(keys), name
    assert {row["state"] for row in rows("state_seats.csv")} <= states
    assert {row["alpha3"] for row in rows("city_names_romance.csv")} <= states
    assert all(row["body"].strip() and row["office"].strip() for row in rows("international_officials.csv"))
    assert international_official("Kristalina Georgieva") == "IMF"
    assert international_official("Georgieva") is None  # one word is not a full name


def test_the_company_table_has_its_columns_unique_names_valid_states_and_no_organisation_of_the_base():
    import csv
    from importlib import resources

    import pycountry

    from pipelines.knowledge import company_states, organization_lookup

    with resources.files("pipelines.knowledge").joinpath("companies.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert table and list(table[0]) == ["name", "aliases", "country"]
    names = [n for row in table for n in (row["name"], *row["aliases"].split("|")) if n]
    assert all(n.strip() == n for n in names) and len(names) == len(set(names))
    assert {row["country"] for row in table} <= {c.alpha_3 for c in pycountry.countries}
    assert not set(names) & set(organization_lookup())  # a company the base lists keeps its one row there
    assert company_states()["Vestas"] == "DNK"
