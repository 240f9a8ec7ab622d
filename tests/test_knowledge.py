"""The knowledge base's data files: shipped tables match their sources, lookups resolve as documented."""

from pipelines.knowledge import city_countries, office_holder, office_holders_by_surname
from pipelines.knowledge.cities import build


def test_the_shipped_city_table_is_what_geonames_gives():
    assert city_countries() == build()
    assert (city_countries()["London"], city_countries()["Dhaka"]) == ("GBR", "BGD")
    assert "Hyderabad" not in city_countries()  # two countries' cities


def test_office_holders_by_full_name_variant_or_shared_surname():
    assert office_holder("Muhammad Shehbaz Sharif").country == "PAK"
    assert office_holder("Sharif") is None  # one word is not a full name
    assert {h.country for h in office_holders_by_surname("Aliyev")} == {"AZE"}
