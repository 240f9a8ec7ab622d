"""The curated knowledge base: countries (from pycountry plus aliases and demonyms) and organisations.

Data files live next to this module so users can extend them without touching code.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

# pycountry names that read like a sentence in news text, or are other things first.
_SKIPPED_COUNTRY_NAMES = {"Jersey", "Guernsey", "Chad", "Georgia", "Jordan", "Niger", "Turkey", "Man"}
_ALWAYS_COUNTRY = {"Georgia", "Jordan", "Turkey", "Chad", "Niger"}


@dataclass(frozen=True, slots=True)
class Organization:
    actor_id: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    country: str | None


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def fold(text: str) -> str:
    """Accent- and case-insensitive key: `Erdoğan` and `Erdogan` fold to one."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@cache
def country_names() -> dict[str, str]:
    """Every name a country goes by in text, mapped to its ISO 3166-1 alpha-3 code."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value and value not in _SKIPPED_COUNTRY_NAMES:
                names[value] = country.alpha_3
    for name in _ALWAYS_COUNTRY:
        names[name] = pycountry.countries.lookup(name).alpha_3 if name != "Turkey" else "TUR"
    for row in _rows("country_aliases.csv"):
        names[row["alias"]] = row["alpha3"]
    return names


@cache
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["alpha3"] for row in _rows("demonyms.csv")}


@cache
def country_display_name(alpha3: str) -> str:
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return alpha3
    return getattr(country, "common_name", None) or country.name


@cache
def organizations() -> tuple[Organization, ...]:
    out = []
    for row in _rows("organizations.csv"):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        out.append(Organization(row["actor_id"], row["name"], row["acronym"] or None, aliases,
                                row["country"] or None))
    return tuple(out)


@cache
def organization_lookup() -> dict[str, Organization]:
    """Name, acronym or alias (exact case) to the organisation it names."""
    lookup: dict[str, Organization] = {}
    for org in organizations():
        for name in (org.name, org.acronym, *org.aliases):
            if name:
                lookup[name] = org
    return lookup


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
