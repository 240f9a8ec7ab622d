"""The curated knowledge base: countries (pycountry plus aliases and demonyms), cities (from geonames),
organisations, office holders and the corpus's reporting country.

Data files live next to this module so users can extend them without touching code.
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import pycountry

from pipelines.knowledge.actor_words import actor_word_map, actor_words

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
    return " ".join(without_accents(text).casefold().split())


def without_accents(text: str) -> str:
    """The text without its accents (`Meghālaya`: `Meghalaya`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def country_names() -> dict[str, str]:
    """Every name a country goes by in text, mapped to its ISO 3166-1 alpha-3 code."""
    names: dict[str, str] = {}
    territories = set(territory_names().values())
    for country in pycountry.countries:
        if country.alpha_3 in territories:
            continue
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
def territory_names() -> dict[str, str]:
    """Names of dependent and disputed territories (territories.csv) to their ISO3 code: only sovereign states
    are country actors, so these names are neither states nor cities."""
    codes = {row["alpha3"] for row in _rows("territories.csv")}
    return {
        value: country.alpha_3
        for country in pycountry.countries
        if country.alpha_3 in codes
        for value in (getattr(country, attr, None) for attr in ("name", "common_name", "official_name"))
        if value
    }


_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")  # "Wilayah Persekutuan Kuala Lumpur [Federal Territory]"


@cache
def subdivision_names() -> dict[str, str]:
    """The names of states' provinces, regions, states, counties and districts (ISO 3166-2, from pycountry), to
    the alpha-3 of their state (empty when unknown; the first state's where several have one of that name):
    places, never actors (`Sindh`, `Tamil Nadu`, `Kisumu`). Each name also in English, Spanish, French and
    Portuguese (`Bavaria`, `Tchétchénie`), without its accents (`Meghalaya` for `Meghālaya`), without an ending
    ISO writes and news text does not (`Fujian` for `Fujian Sheng`), and with the kind of subdivision after it
    (`Lagos State`, `Kisumu County`); and the regions news in English names otherwise or ISO does not list
    (`regions_in_english`: `Catalonia`, `Darfur`). Names that are a state's, a territory's, or first something else
    (`subdivisions_not_places`: `Delta`, `Kerry`) are left out."""
    return {name: states[0] for name, states in _subdivision_table().items()}


@cache
def subdivision_states() -> dict[str, frozenset[str]]:
    """Each subdivision name to every state that has a subdivision so named (`Punjab`: India and Pakistan);
    names of no known state are left out."""
    return {name: frozenset(states) - {""} for name, states in _subdivision_table().items() if any(states)}


@cache
def _subdivision_table() -> dict[str, tuple[str, ...]]:
    """Each subdivision name to the states that have one so named, in pycountry's order."""
    endings = sorted(actor_words("subdivision_name_endings"), key=len, reverse=True)
    ending = re.compile(rf"(?:\s+|-)(?:{'|'.join(re.escape(e) for e in endings)})$")
    others = set(actor_words("subdivisions_not_places")) | set(country_names()) | set(territory_names())
    # the names English, Spanish, French and Portuguese text gives them (`Bavaria`, `Dubai`, `Tchétchénie`)
    translations = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale], fallback=True).gettext
        for locale in ("en", "es", "fr", "pt", "pt_BR")
    ]
    names: dict[str, list[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        kind = subdivision.type if " " not in subdivision.type else ""
        written = {_BRACKETED.sub("", t(subdivision.name)).strip() for t in (*translations, str)}
        for name in written:
            if "," not in name and "/" not in name:
                _add_subdivision(names, name, ending.sub("", name), kind, country.alpha_3 if country else "", others)
    for name in actor_words("regions_in_english"):
        names.setdefault(name, [""])
    return {name: tuple(states) for name, states in names.items()}


def _add_subdivision(
    names: dict[str, list[str]], name: str, bare: str, kind: str, state: str, others: set[str]
) -> None:
    """One subdivision's name, as written and without an ending, each with and without accents and its kind."""
    for form in {name, bare}:
        for variant in {form, without_accents(form)}:
            if len(variant) < 4 or not variant[0].isupper():
                continue
            # with its kind after it, a name that is first something else is the place ("Lagos State")
            written_forms = [f"{variant} {kind}"] if kind else []
            if variant not in others:
                written_forms.append(variant)
            for written in written_forms:
                states = names.setdefault(written, [])
                if state not in states:
                    states.append(state)


@cache
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["alpha3"] for row in _rows("demonyms.csv")}


@cache
def historic_states() -> dict[str, tuple[str, tuple[str, ...]]]:
    """States that no longer exist (`historic_states.csv`, ISO 3166-3 codes: `SUN` the Soviet Union), each with its
    name and the present states that hold its former lands (whose cities were its cities)."""
    return {row["alpha3"]: (row["name"], tuple(row["successors"].split("|"))) for row in _rows("historic_states.csv")}


@cache
def country_display_name(alpha3: str) -> str:
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return historic_states()[alpha3][0] if alpha3 in historic_states() else alpha3
    return getattr(country, "common_name", None) or country.name


@cache
def organizations() -> tuple[Organization, ...]:
    """The known organisations (`organizations.csv`) and the well-known companies (`companies.csv`), each named
    by its name or an alias wherever it appears."""
    out = []
    for row in _rows("organizations.csv"):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        out.append(Organization(row["actor_id"], row["name"], row["acronym"] or None, aliases, row["country"] or None))
    listed = {name for org in out for name in (org.name, org.acronym, *org.aliases) if name}
    for row in _rows("companies.csv"):
        aliases = tuple(a for a in row["aliases"].split("|") if a and a not in listed)
        if row["name"] not in listed:
            out.append(Organization(slug(row["name"]), row["name"], None, aliases, row["country"] or None))
    return tuple(out)


@cache
def organization_lookup() -> dict[str, Organization]:
    """Name, acronym or alias (exact case) to the organisation it names."""
    forms = actor_word_map("name_prefix_forms")
    lookup: dict[str, Organization] = {}
    for org in organizations():
        for name in (org.name, org.acronym, *org.aliases):
            if name:
                lookup[name] = org
    # "UN Development Programme", "Office of the U.N. High Commissioner...": a known name holding a long form is
    # known with each short form too
    for name, org in list(lookup.items()):
        for short, long in forms.items():
            if " " in name and long in name:
                lookup.setdefault(re.sub(rf"(?<!\w){re.escape(long)}(?!\w)", short, name, count=1), org)
    return lookup


@cache
def longest_organization_name() -> int:
    """The length of the longest name `organization_lookup` knows: a longer piece of text names no known body."""
    return max(map(len, organization_lookup()), default=0)


@cache
def company_states() -> dict[str, str]:
    """Well-known companies that `organizations.csv` does not list (`companies.csv`), by name or alias (exact
    case), to the state they belong to: an office held at one is held for that state (`Vestas CEO NAME`)."""
    states: dict[str, str] = {}
    for row in _rows("companies.csv"):
        for name in (row["name"], *row["aliases"].split("|")):
            if name:
                states[name] = row["country"]
    return states


@cache
def international_bodies() -> frozenset[str]:
    """Ids of the known organisations that belong to no one state (`un`, `imf`, `african-union`)."""
    return frozenset(org.actor_id for org in organizations() if org.country is None)


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes (pycountry's) and the codes currencies.csv adds ("RMB", "FCFA"): written next to a figure,
    a currency, not a body's acronym."""
    codes = {c.alpha_3 for c in pycountry.currencies}
    return frozenset(codes | {r["token"] for r in _rows("currencies.csv") if r["kind"] == "code"})


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    name: str
    country: str
    office: str  # the first of a person's offices in the table: the one reports name them by most
    aliases: tuple[str, ...]
    offices: tuple[str, ...] = ()


@cache
def office_holders() -> tuple[OfficeHolder, ...]:
    """Heads of state and government and ministers whom reports often name without their state: one per person
    (name and state), though the table has a row per office held."""
    persons: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in _rows("office_holders.csv"):
        persons.setdefault((row["name"], row["country"]), []).append(row)
    holders = []
    for (name, country), rows in persons.items():
        offices = tuple(dict.fromkeys(row["office"] for row in rows))
        aliases = tuple(dict.fromkeys(a for row in rows for a in row["aliases"].split("|") if a))
        holders.append(OfficeHolder(name, country, offices[0], aliases, offices))
    return tuple(holders)


@cache
def office_holder_names() -> tuple[tuple[str, OfficeHolder], ...]:
    """Every name and alias of every known office holder, with the holder."""
    return tuple((name, holder) for holder in office_holders() for name in (holder.name, *holder.aliases))


def _name_tokens(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold(name)))


def _first_word(name: str) -> str:
    words = re.findall(r"\w+", fold(name))
    return words[0] if words else ""


# In a name with a father's name, word order tells persons apart: `Abdulaziz bin Salman` is not `Salman bin
# Abdulaziz`, though the two hold the same words.
PATRONYMIC_WORDS = frozenset({"bin", "bint", "ibn"})


@cache
def _office_holder_names() -> tuple[tuple[frozenset[str], str, OfficeHolder], ...]:
    return tuple((_name_tokens(name), _first_word(name), holder) for name, holder in office_holder_names())


@cache
def _office_holder_names_by_word() -> dict[str, tuple[int, ...]]:
    """Positions in `_office_holder_names` of the known names holding each word."""
    positions: dict[str, list[int]] = {}
    for i, (known, _, _) in enumerate(_office_holder_names()):
        for word in known:
            positions.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in positions.items()}


@cache
def _known_surnames() -> dict[frozenset[str], str | None]:
    """Each known name's family name, folded: a part of a known name names its holder only with it. A name
    with a father's name has none (`Tamim bin Hamad` of `Tamim bin Hamad Al Thani`: its given name decides)."""
    return {
        _name_tokens(name): None if _name_tokens(name) & PATRONYMIC_WORDS else _surname_key(name, holder)
        for name, holder in office_holder_names()
    }


@cache
def _surname_articles() -> frozenset[str]:
    from pipelines.knowledge.actor_words import actor_words

    return frozenset(actor_words("surname_articles"))


def part_of_known_name(tokens: frozenset[str], known: frozenset[str]) -> bool:
    """Whether a name of two or more words is part of a known one with its family name ("Shahbaz Sharif" of
    "Muhammad Shahbaz Sharif"; "Luis Rodriguez" is no part of "Jose Luis Rodriguez Zapatero")."""
    if len(tokens - _surname_articles()) < 2 or not tokens <= known:
        return False
    surname = _known_surnames().get(known)
    return surname is None or surname in tokens


@cache
def _holders_by_exact_name() -> dict[str, OfficeHolder | None]:
    found: dict[str, OfficeHolder | None] = {}
    for name, holder in office_holder_names():
        key = fold(name)
        found[key] = holder if found.get(key, holder) == holder else None
    return found


def office_holder_named(name: str) -> OfficeHolder | None:
    """The one known office holder with exactly this name or alias, one word too (`Prachanda`, `Lula`), when
    the holder's own name holds its last word: `Ranil Wickramasinghe` keeps its spelling, so that a later
    `Wickramasinghe` is the same person."""
    holder = _holders_by_exact_name().get(fold(name))
    words = _name_tokens(name)
    last = re.findall(r"\w+", fold(name))[-1:] if len(words) >= 2 else []
    return holder if holder is None or not last or last[0] in _name_tokens(holder.name) else None


@lru_cache(maxsize=4096)
def office_holder(name: str) -> OfficeHolder | None:
    """The one known office holder a person's name refers to (`Muhammad Shehbaz Sharif`, `Shahbaz Sharif`).

    A match needs every word of a known name, or two or more words all found in one known name.
    """
    tokens = _name_tokens(name)
    first = _first_word(name)
    # every match shares a word with the name: look only at the known names that hold one of its words
    sharing = [
        _office_holder_names()[i]
        for i in sorted({i for t in tokens for i in _office_holder_names_by_word().get(t, ())})
    ]
    found = {
        holder
        for known, known_first, holder in sharing
        if len(known) >= 2
        and (known <= tokens or part_of_known_name(tokens, known))
        and not ((PATRONYMIC_WORDS & tokens or PATRONYMIC_WORDS & known) and first != known_first)
    }
    if len(found) > 1:  # "Nawaf Al-Ahmad Al-Jaber Al-Sabah" holds every word of "Sabah Al-Ahmad Al-Jaber Al-Sabah"
        found = {h for known, _, h in sharing if known == tokens and h in found}
    return found.pop() if len(found) == 1 else None


@cache
def _international_officials() -> tuple[tuple[frozenset[str], str], ...]:
    rows = _rows("international_officials.csv")
    names = ((name, row["body"]) for row in rows for name in (row["name"], *row["aliases"].split("|")) if name)
    return tuple((_name_tokens(name), body) for name, body in names)


@lru_cache(maxsize=4096)
def international_official(name: str) -> str | None:
    """The international body a well-known official of one serves (`Kristalina Georgieva`: the IMF), matched as
    `office_holder` matches; reports often name them with no body at all."""
    tokens = _name_tokens(name)
    found = {
        body
        for known, body in _international_officials()
        if len(known) >= 2 and (known <= tokens or (len(tokens) >= 2 and tokens <= known))
    }
    return min(found, default=None)


@cache
def _surname_first_states() -> frozenset[str]:
    from pipelines.knowledge.actor_words import actor_words

    return frozenset(actor_words("surname_first_states"))


@cache
def _common_surnames() -> frozenset[str]:
    from pipelines.knowledge.actor_words import actor_words

    return frozenset(actor_words("common_surnames"))


def _surname(name: str, holder: OfficeHolder) -> str:
    """The family name as written: the first word in states that write it first (`Hu Jintao`), else the last."""
    words = name.split()
    return words[0] if holder.country in _surname_first_states() else words[-1]


def _surname_key(name: str, holder: OfficeHolder) -> str:
    """The family name folded, its first part if hyphenated (`simpson` of `Simpson-Miller`)."""
    return fold(re.sub(r"[^\w\s]", " ", _surname(name, holder))).split()[0]


@cache
def _shared_surnames() -> frozenset[str]:
    from pipelines.knowledge.actor_words import actor_words

    return frozenset(fold(word) for word in actor_words("shared_surnames"))


@cache
def _surnames() -> dict[str, tuple[OfficeHolder, ...]]:
    found: dict[str, set[OfficeHolder]] = {}
    for name, holder in office_holder_names():
        words = fold(name).split()
        if len(words) >= 2 and words[-2] in PATRONYMIC_WORDS | {"ben"}:  # "Salman bin Hamad": a father's name
            continue
        surname = _surname_key(name, holder)
        if surname not in _shared_surnames():  # "Ambassador Smith" is no known Smith
            found.setdefault(surname, set()).add(holder)
    return {surname: tuple(holders) for surname, holders in found.items()}


_LEADER_OFFICES = {
    "President",
    "Prime Minister",
    "King",
    "Emir",
    "Crown Prince",
    "Chancellor",
    "Premier",
    "Supreme Leader",
}


@cache
def distinctive_surnames() -> frozenset[str]:
    """Surnames (as written) of known heads of state or government that point to one state."""
    found = set()
    for name, holder in office_holder_names():
        surname = _surname(name, holder)
        if (
            _LEADER_OFFICES & set(holder.offices)
            and surname not in _common_surnames()
            and fold(surname) not in _shared_surnames()
            and surname not in country_names()  # "Montenegro", "Nepal"
            and surname not in city_countries()  # "Toledo"
            and len(surname) >= 5
            and len({h.country for h in office_holders_by_surname(surname)}) == 1
        ):
            found.add(surname)
    return frozenset(found)


@cache
def _name_words() -> dict[str, tuple[OfficeHolder, ...]]:
    from pipelines.knowledge.actor_words import actor_words

    states = set(actor_words("given_name_states"))  # elsewhere a given name alone is anyone's ("Ralph")
    found: dict[str, set[OfficeHolder]] = {}
    for known, _, holder in _office_holder_names():
        for word in known if holder.country in states else ():
            found.setdefault(word, set()).add(holder)
    return {word: tuple(holders) for word, holders in found.items()}


def office_holders_with_name_word(word: str) -> tuple[OfficeHolder, ...]:
    """Known office holders with this word anywhere in a name (`PM Shehbaz`, `PM Imran`), unless many people
    bear it as a surname."""
    return () if fold(word) in _shared_surnames() else _name_words().get(fold(word), ())


def office_holders_by_surname(surname: str) -> tuple[OfficeHolder, ...]:
    """Known office holders a surname alone may refer to (`Erdogan`; `Aliyev` is two presidents)."""
    words = re.findall(r"\w+", fold(surname))
    return _surnames().get(words[0], ()) if len(words) == 1 else ()


@cache
def geonames_cities() -> dict[str, str]:
    """City names (`cities.csv`, built from geonames by `python -m pipelines.knowledge.cities`) to alpha-3."""
    return {row["name"]: row["alpha3"] for row in _rows("cities.csv")}


@cache
def geonames_towns() -> list[tuple[str, str, int]]:
    """(name, alpha-3, population) of every town of 15,000 people or more in geonames (`towns.csv`, built with
    `cities.csv`), under its name and its name without accents."""
    rows = _rows("towns.csv")
    return [(row["name"], row["alpha3"], int(row["population"])) for row in rows]


@cache
def town_names() -> frozenset[str]:
    """Every town of 15,000 people or more in geonames (`towns.csv`, built with `cities.csv` by `python -m
    pipelines.knowledge.cities`), with its name without accents, names of three letters or more (not `Bo`, `Ur`):
    a set to look a name up in, no pattern."""
    return frozenset(name for name, _, _ in geonames_towns() if len(name) > 2)


@cache
def dateline_towns() -> dict[str, str]:
    """Towns of a hundred thousand people or more that `cities.csv` leaves out, each the one town of its name
    (a town of 15,000 in another state bearing it leaves it out: `Kingston`), and no country's or territory's
    name: a report's dateline names its state (`LVIV, June 3 -`)."""
    states: dict[str, set[str]] = {}
    for name, code, _ in geonames_towns():
        states.setdefault(name, set()).add(code)
    cities, countries, territories = geonames_cities(), country_names(), territory_names()
    return {
        name: code
        for name, code, population in geonames_towns()
        if population >= 100_000
        and len(states[name]) == 1
        and name not in cities
        and name not in countries
        and name not in territories
    }


@cache
def city_countries() -> dict[str, str]:
    """The cities of geonames, and names they go by that geonames lacks (`city_names.csv`): in Spanish, French
    and Portuguese (`Alger`, `Pekín`), and short forms (`New York` for New York City), to alpha-3."""
    return {**geonames_cities(), **{row["name"]: row["alpha3"] for row in _rows("city_names.csv")}}
