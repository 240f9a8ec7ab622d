"""Actors: countries, organisations and persons (with office and country), one canonical actor each.

Rules and the knowledge base in `pipelines/knowledge/`: country names and demonyms used as an
affiliation, organisations by name, acronym or head noun (`Ministry`, `Bank`, `Agency`), and persons
introduced by an office (`Turkish President Recep Tayyip Erdogan`) or an honorific.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pipelines.extract.records import Actor, Span
from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_display_name,
    country_names,
    demonyms,
    distinctive_surnames,
    fold,
    office_holder,
    office_holder_names,
    office_holders_by_surname,
    office_holders_with_name_word,
    organization_lookup,
    slug,
)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_COUNTRY = _alternation(country_names())
_DEMONYM = _alternation(demonyms())
_CITY = _alternation(city_countries())
_CITY_PLACE = re.compile(rf"(?:^|\bof\s+)(?P<city>{_CITY})(?:(?![\w-])\s+\S|$)")
# Not a currency: "US$", "U.S. dollars".
_COUNTRY_PATTERN = re.compile(rf"(?<![\w.-])(?=[A-Z])(?:{_COUNTRY})(?![\w$-]|\.\w|\s+dollars?\b)")
# "the Pakistan-India conflict" names both states; "the Pakistan-Turkey Business Forum" names a forum.
_COUNTRY_PAIR = re.compile(rf"(?<![\w.-])(?:{_COUNTRY})(?:\s?[-–]\s?(?:{_COUNTRY}))+(?=\s+[a-z])")
_ANY_COUNTRY = re.compile(rf"(?:{_COUNTRY})(?![\w])")
# A demonym is a country mention only as an affiliation: a title, a government, a side.
_AFFILIATION_NOUNS = (
    r"(?:(?:deputy|vice|acting|caretaker|federal|foreign|defen[cs]e|prime|interior|finance|commerce|trade|"
    r"state|senior|former|top)\s+)*"
    r"(?:president|prime minister|premier|minister|ministers|ambassador|envoy|high commissioner|counterpart|"
    r"government|side|delegation|officials?|leader|leaders|leadership|authorities|embassy|consulate|king|"
    r"crown prince|emir|foreign ministry|ministry|army|military|armed forces|navy|parliament|people|nation|"
    r"state|investors|companies|company|firms|businessmen|counterparts|secretary|chancellor|sultan)"
)
# "Uzbek and Pakistani officials": both are affiliations
_DEMONYM_PATTERN = re.compile(
    rf"(?<![\w-])(?P<dem>{_DEMONYM})(?=(?:,?\s+and\s+(?:{_DEMONYM}))?\s+(?i:{_AFFILIATION_NOUNS})\b)"
)

_ROLE_MODIFIER = (
    r"(?:Deputy|Vice|Acting|Caretaker|caretaker|Federal|Interim|Senior|Special|Principal|Chief|Joint|"
    r"Additional|Assistant|Executive|Lord|Provincial|State|then-|Former|former)"
)
_ROLE_FIELD = (
    r"(?:Foreign|Defen[cs]e|Commerce|Finance|Interior|Trade|Energy|Information|Education|Health|Economy|"
    r"Planning|Petroleum|Railways|Industries|Communications|Maritime Affairs|Economic Affairs|"
    r"Agriculture|Culture|Tourism|Science|Investment|Commercial|Political|Economic|Military|Press)"
)
_ROLE_HEAD = (
    r"(?:Prime Minister|President|Minister of State|Minister|Secretary[- ]General|Secretary|Ambassador|High Commissioner|"
    r"Governor|Chairman|Chairperson|Chairwoman|Chief Executive Officer|CEO|Chief Executive|Adviser|"
    r"Advisor|Counselor|Counsellor|Consul[- ]General|Consul|Speaker|Senator|Mayor|Crown Prince|King|"
    r"Emir|Amir|Sultan|Chancellor|Commander|General|Director[- ]General|Director|Representative|"
    r"Envoy|Spokesperson|Spokesman|Spokeswoman|Premier|Chief of Army Staff|Army Chief|Attach[eé]|"
    r"Commissioner|Chief Minister|Special Assistant to the Prime Minister|Special Assistant|SAPM|PM|FM|"
    r"Chief of (?:the )?(?:Naval|Air) Staff)"
)
# Words an office is made of ("Minister for Finance, Revenue and Economic Affairs"); a name is not.
_OFFICE_FIELDS = frozenset(
    [
        "Affairs",
        "Trade",
        "Commerce",
        "Finance",
        "Revenue",
        "Economic",
        "Economy",
        "International",
        "Foreign",
        "Development",
        "Investment",
        "Industries",
        "Industry",
        "Production",
        "Planning",
        "Commercial",
        "Business",
        "Overseas",
        "Pakistanis",
        "Human",
        "Resource",
        "Resources",
        "Defence",
        "Defense",
        "Interior",
        "Information",
        "Broadcasting",
        "Energy",
        "Power",
        "Petroleum",
        "Water",
        "Maritime",
        "Science",
        "Technology",
        "Education",
        "Health",
        "Culture",
        "Tourism",
        "Climate",
        "Change",
        "Railways",
        "Communications",
        "Privatisation",
        "Privatization",
        "Housing",
        "Works",
        "Food",
        "Security",
        "Agriculture",
        "Law",
        "Justice",
        "Parliamentary",
        "Religious",
        "Harmony",
        "Narcotics",
        "Control",
        "Textile",
        "Textiles",
        "Board",
        "Division",
        "Ministry",
        "State",
        "Statistics",
        "Employment",
        "Labour",
        "Labor",
        "Digital",
        "IT",
        "Telecommunication",
        "Telecommunications",
        "Research",
        "Relations",
        "Policy",
        "Cooperation",
        "Services",
        "Europe",
        "Asia",
        "South",
        "Central",
        "Middle",
        "East",
        "West",
        "Emergency",
        "Prime",
        "Minister",
        "President",
        "National",
        "Federal",
        "Provincial",
        "Inter-Provincial",
        "Coordination",
        "General",
        "Staff",
        "Army",
        "Naval",
        "Air",
        "Joint",
        "Chiefs",
        "Committee",
        "Council",
        "Exchequer",
        "Public",
        "Social",
        "Welfare",
        "Youth",
        "Sports",
        "Women",
        "Environment",
        "Ports",
        "Shipping",
        "Aviation",
        "Bank",
        "Reserve",
        "Executive",
        "Extraordinary",
        "Plenipotentiary",
        "Intelligence",
        "Special",
        "Initiatives",
        "Reform",
        "Reforms",
        "Rights",
        "Poverty",
        "Alleviation",
        "Safety",
        "Accountability",
        "Establishment",
        "Kashmir",
        "Postal",
        "Capital",
        "Administration",
        "Integration",
        "Transport",
        "Infrastructure",
        "Ecology",
        "Natural",
        "Protection",
        "Healthcare",
        "Internal",
        "Higher",
        "Innovation",
        "Innovations",
        "Aerospace",
        "Situations",
        "Sport",
        "Family",
        "Treasury",
        "Logistics",
        "Mines",
        "Minerals",
    ]
)
_OFFICE_FIELD_WORDS = rf"(?:{_alternation(_OFFICE_FIELDS)})(?![\w-])"
_ROLE_TAIL = (
    rf"(?:\s+(?:of|for|on|to)\s+(?:the\s+)?{_OFFICE_FIELD_WORDS}(?:(?:\s+|,\s+(?=\w+\s+and\s)|\s+and\s+|\s+&\s+)"
    rf"{_OFFICE_FIELD_WORDS}){{0,6}}|\s+of\s+(?:{_CITY})\b)?"
)  # "Mayor of London"
_RANK = r"(?:(?:[Ff]ield\s+[Mm]arshal|[Vv]ice\s+[Aa]dmiral|[Aa]dmiral|[Ll]t\.?\s+[Gg]en(?:eral|\.)?|[Mm]ajor\s+[Gg]eneral|[Bb]rigadier|[Aa]ir\s+[Mm]arshal|\((?:retd|Retd|R)\.?\))\s+)"
# A lower-case office counts after a capitalised field: "Trade envoy", "Commerce minister".
_FIELD_HEAD_LOWER = rf"{_ROLE_FIELD}\s+(?:envoy|minister|secretary|adviser|advisor|ambassador|attach[eé])"
_ROLE_ONE = (
    rf"(?:{_ROLE_MODIFIER}\s+)*(?:{_FIELD_HEAD_LOWER}|(?:{_ROLE_FIELD}\s+)?{_ROLE_HEAD})"
    rf"(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
    rf"(?:\s+\((?:[A-Z][\w ]*)\))?{_ROLE_TAIL}"
)
_ROLE = rf"{_ROLE_ONE}(?:\s+and\s+{_ROLE_ONE})?"
_HONORIFIC = r"(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.?|HE|Sheikh|Engr\.?|Prof\.?|Professor|Justice|Gen\.?|Lt\.?)"
_NAME_TOKEN = r"(?:[A-Z][^\W\d_]+(?:[-'’][A-Za-z][^\W\d_]*)*|[A-Z]{3,}(?=\s+[A-Z][a-z]))"
_NAME_LINK = r"(?:bin|bint|ibn|al|Al|el|El|ul|Ul|ud|de|da|van|von|al-|el-)"
_NAME = rf"{_NAME_TOKEN}(?:[ \t]+(?:{_NAME_LINK}[ \t]+)?{_NAME_TOKEN}){{0,5}}"  # a name never runs over a line end
_AFFIL_BEFORE = rf"(?:(?P<poss>{_COUNTRY})['’]s\s+|(?P<dem>{_DEMONYM})\s+|(?P<adj>{_COUNTRY})\s+)?"
# "Ambassador of Kazakhstan (to Pakistan)": the state served, then the host
_OF_COUNTRY = (
    rf"(?:\s+(?:of|to|from)\s+(?:the\s+)?(?P<of>{_COUNTRY})"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?(?:{_COUNTRY})(?![\w-]))?)?"
)

# Turkish President Recep Tayyip Erdogan; Deputy Minister of Foreign Affairs of Kazakhstan H.E. Roman Vassilenko
_TITLE_NAME = re.compile(
    # Every title starts a word with a capital or a lower-case modifier; checking that first is much faster.
    rf"(?<!\w)(?=[A-Z]|caretaker\b|then-|former\b){_AFFIL_BEFORE}(?P<role>{_ROLE}){_OF_COUNTRY}(?:,)?\s+(?:{_HONORIFIC}\s+|{_RANK})*"
    rf"(?P<name>{_NAME})(?:\s+of\s+(?:the\s+)?(?P<of2>{_COUNTRY}))?"
)
# Roman Vassilenko, Deputy Minister of Foreign Affairs of Kazakhstan
_NAME_TITLE = re.compile(
    rf"(?:{_HONORIFIC}\s+)?(?P<name>{_NAME}),\s+(?:the\s+|who\s+is\s+(?:the\s+)?)?{_AFFIL_BEFORE}(?P<role>{_ROLE})"
    rf"{_OF_COUNTRY}"
)
# his Egyptian counterpart Sameh Shoukry
_COUNTERPART = re.compile(rf"\b(?:his|her|their)\s+(?P<dem>{_DEMONYM})\s+counterparts?,?\s+(?P<name>{_NAME})")
# Lee Park, principal deputy assistant secretary for Pakistan; Omar Ali, chairman of the Board of Investment
_LOWER_OFFICE = (
    r"(?:(?:principal|deputy|assistant|vice|senior|special|chief|executive|managing|acting|additional|"
    r"joint|federal)\s+)*(?:president|chairman|chairperson|chairwoman|secretary|minister|ambassador|"
    r"envoy|adviser|advisor|director general|director|spokesperson|spokesman|representative|"
    r"counsell?or|governor|mayor|commissioner|chief executive|head)\b"
)
_NAME_LOWER_TITLE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<role>(?:[A-Z][\w&'’-]*\s+){{0,4}}{_LOWER_OFFICE}(?:\s+and\s+{_LOWER_OFFICE})?)"
    rf"(?:\s+for\s+(?P<portfolio>{_COUNTRY})(?![\w-]))?"
)
# The Turkish envoy, Mehmet Pacaci; the Chinese ambassador Li Wei; Pakistan's envoy to Kazakhstan, Ali Khan
_DEMONYM_OFFICE_NAME = re.compile(
    rf"(?<![\w-])(?=[A-Z])(?:(?P<dem>{_DEMONYM})|(?P<poss>{_COUNTRY})['’]s)"
    rf"\s+(?P<role>envoy|ambassador|minister|president|premier|consul general|consul)"
    rf"(?:\s+(?:in|to)\s+(?:{_CITY}|{_COUNTRY})(?![\w-]))?,?\s+(?:{_HONORIFIC}\s+)*(?P<name>{_NAME})"
)
_HONORIFIC_NAME = re.compile(rf"\b(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.?)\s+(?P<name>{_NAME})")
# Persons the knowledge base knows, named in full without a title.
_KNOWN_PERSON = re.compile(rf"(?<![\w-])(?:{_alternation(name for name, _ in office_holder_names())})(?![\w-])")
# A known office holder's surname alone ("my brother Aliyev"), when no other capitalised word is next to it.
_KNOWN_SURNAME = re.compile(rf"(?<![\w-])(?:{_alternation(distinctive_surnames())})(?![\w-])(?!\s+[A-Z])")
# An office held at an organisation or a mission: "Secretary, Economic Affairs Division, NAME",
# "Commercial Counselor at the Pakistan High Commission London NAME", "Dhaka Chamber ... president NAME".
_MISSION = re.compile(rf"(?P<side>{_DEMONYM}|{_COUNTRY})\s+(?:[Ee]mbassy|High Commission|[Cc]onsulate|[Mm]ission)\b")
_ROLE_BEFORE_BODY = re.compile(rf"(?P<role>{_ROLE})\s*,?\s+(?:(?:at|of|in|with)\s+)?(?:the\s+)?$")
_BODY_THEN_NAME = re.compile(
    rf"(?:\s*\([A-Z][A-Za-z&.-]+\))?(?:\s+(?:{_CITY}|{_COUNTRY})(?![\w-]))?\s*,?\s+"
    rf"(?:{_HONORIFIC}\s+)*(?P<name>{_NAME})"
)
_BODY_OFFICE_NAME = re.compile(
    rf"(?:\s*\([A-Z][A-Za-z&.-]+\))?\s+(?P<role>(?i:(?:(?:senior|vice|deputy|acting)\s+)*(?:president|chairman|"
    rf"chairperson|chairwoman|chief executive(?:\s+officer)?|secretary[- ]general|director[- ]general|"
    rf"managing director|head|spokesperson|spokesman)))\s+(?P<name>{_NAME})"
)
_BODY_JOIN = re.compile(r",?\s+(?:(?:at|of|in|with)\s+)?(?:the\s+)?")
_VISITING = re.compile(rf"\bvisiting\s+(?P<side>{_DEMONYM}|{_COUNTRY})(?![\w-])")
# Introductions side by side in a list ("Foreign Minister A, Defence Minister B and ...").
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+and)\s+")

# Words that end a person's name: an office, a place, a month, a new clause.
_NOT_NAME_WORDS = {
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "This",
    "That",
    "In",
    "On",
    "At",
    "And",
    "But",
    "Prime",
    "Minister",
    "President",
    "Ambassador",
    "Secretary",
    "Foreign",
    "Federal",
    "Deputy",
    "Governor",
    "Chairman",
    "Adviser",
    "Advisor",
    "Ministry",
    "Office",
    "Government",
    "Embassy",
    "Bank",
    "Agency",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Said",
    "Says",
    "Also",
    "While",
    "During",
    "After",
    "Before",
    "Speaking",
    "Addressing",
    "According",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Islamabad",
    "Ankara",
    "Astana",
    "Tashkent",
    "Beijing",
    "Both",
    "Chief",
    "Representative",
    "Commission",
    "Council",
    "Division",
    "Director",
    "General",
    "Minister’s",
    "Minister's",
    "Pakistan’s",
    "Meanwhile",
    "However",
    "Sources",
    "Mr",
    "Dr",
    "Crown",
    "Prince",
    "Commerce",
    "Trade",
    "Economic",
    "Affairs",
    "Finance",
    "Special",
    "Senior",
    "Vice",
    "Speaker",
    "Mayor",
    "Counselor",
    "Extraordinary",
    "Plenipotentiary",
}
_ORG_HEADS = (
    "Ministry",
    "Division",
    "Bank",
    "Agency",
    "Organization",
    "Organisation",
    "Council",
    "Commission",
    "Authority",
    "Corporation",
    "Company",
    "Association",
    "Chamber",
    "Chambers",
    "University",
    "Institute",
    "Assembly",
    "Senate",
    "Parliament",
    "Army",
    "Navy",
    "Foundation",
    "Fund",
    "Office",
    "Board",
    "Department",
    "Embassy",
    "Consulate",
    "Federation",
    "Committee",
    "Secretariat",
    "Party",
    "Hospital",
    "Group",
    "Ltd",
    "Limited",
    "Inc",
    "Bureau",
    "Academy",
    "Cabinet",
    "Directorate",
    "Trust",
    "Alliance",
    "Union",
    "Forces",
    "Force",
    "Service",
    "Services",
    "Institution",
    "Exchange",
    "Holding",
    "Holdings",
    "Airlines",
    "Airways",
    "Railways",
    "Court",
    "Cell",
    "Industries",
)
# Programmes, projects, corridors, forums, summits, treaties and movements are not organisations.
_NOT_ORG_WORDS = {
    "Forum",
    "Summit",
    "Agreement",
    "Agreements",
    "Treaty",
    "Corridor",
    "Project",
    "Projects",
    "Programme",
    "Program",
    "Movement",
    "Declaration",
    "Initiative",
    "Framework",
    "Vision",
    "Exhibition",
    "Expo",
    "Festival",
    "Cup",
    "Day",
    "Week",
    "Games",
    "Arrangement",
    "Dialogue",
    "Session",
    "Meeting",
    "Plan",
    "Road",
    "Highway",
    "Airport",
    "Port",
    "Zone",
    "Park",
    "Award",
    "Prize",
    "Scheme",
    "Policy",
    "Act",
    "Strategy",
    "Roadmap",
    "Memorandum",
    "Protocol",
    "Accord",
    "Charter",
    "Convention",
    "Pipeline",
    "Mechanism",
    "Conference",
    "Year",
    "Route",
    "Railway",
    "Line",
    "Document",
    "Statement",
}
_CAP_TOKEN = r"[A-Z][\w'’.-]*[\w]|[A-Z]"
_CAP_RUN = re.compile(
    rf"(?:{_CAP_TOKEN})(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:(?:of|for|on|and|&|the|de|al)[ \t]+)*(?:{_CAP_TOKEN}))*"
)
_FIRM_NAME = re.compile(
    r"\b(?:firm|company|conglomerate|carrier|manufacturer|developer|supplier|producer|exporter|importer)\s+"
    r"(?P<name>[A-Z][\w&'’.-]*\w(?:\s+[A-Z][\w&'’.-]*\w){0,3})"
)
_DEMONYM_BEFORE = re.compile(rf"(?P<dem>{_DEMONYM})\s+$")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acr>[A-Z][A-Za-z&.-]{1,9}[A-Z])\s*\)")
_LEADING_NOISE = {
    "The",
    "A",
    "An",
    "During",
    "In",
    "On",
    "At",
    "By",
    "Both",
    "His",
    "Her",
    "Its",
    "Their",
    "While",
    "When",
    "After",
    "Before",
    "With",
    "From",
    "Under",
    "Addressing",
    "Speaking",
    "According",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
    "Also",
    "And",
    "But",
    "This",
    "That",
    "These",
    "Those",
    "As",
    "For",
    "To",
    "Of",
    "Former",
    "Newly",
    "Recently",
    "Said",
    "Chief",
    "Secretary",
    "Minister",
    "Governor",
    "President",
    "Chairman",
    "Ambassador",
    "Director",
    "Representative",
    "Head",
    "If",
}
_ROLE_WORD = re.compile(rf"\b(?:{_ROLE_HEAD})\b")


@dataclass
class _Candidate:
    actor_type: str
    key: str
    name: str
    country: str | None
    role: str | None = None
    spans: list[Span] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    not_countries: set[str] = field(default_factory=set)


def extract_actors(text: str, skip: tuple[Span, ...] = (), settings: CorpusSettings | None = None) -> list[Actor]:
    """One actor per canonical country, organisation and person of the article, in order of first mention."""
    home = (settings or default_settings()).reporting_country or None
    taken: list[Span] = []
    countries = _countries(text, skip)
    organizations = _organizations(text, skip, taken)
    persons = _persons(text, skip, taken, countries, organizations, home)
    actors = []
    for candidate in (*countries.values(), *organizations.values(), *persons):
        spans = sorted(set(candidate.spans))
        if not spans:
            continue
        start, end = spans[0]
        actors.append(
            Actor(
                actor_id=candidate.key,
                name=candidate.name,
                actor_type=candidate.actor_type,
                country=candidate.country,
                role=candidate.role,
                mentions=len(spans),
                char_start=start,
                char_end=end,
                text=text[start:end],
            )
        )
    return sorted(actors, key=lambda a: (a.char_start, a.actor_type, a.actor_id))


def _countries(text: str, skip: tuple[Span, ...]) -> dict[str, _Candidate]:
    names = country_names()
    found: dict[str, _Candidate] = {}
    mentions = [m for m in _COUNTRY_PATTERN.finditer(text)]
    for pair in _COUNTRY_PAIR.finditer(text):
        mentions += _ANY_COUNTRY.finditer(text, pair.start(), pair.end())
    for match in mentions:
        if overlaps_any(match.span(), skip):
            continue
        code = names[match.group()]
        found.setdefault(code, _Candidate("country", code, country_display_name(code), code)).spans.append(match.span())
    for match in _DEMONYM_PATTERN.finditer(text):
        if overlaps_any(match.span("dem"), skip):
            continue
        code = demonyms()[match.group("dem")]
        found.setdefault(code, _Candidate("country", code, country_display_name(code), code)).spans.append(
            match.span("dem")
        )
    # The name the article uses most is the one to show (`Turkiye` in a text that says Turkiye).
    for code, candidate in found.items():
        used = Counter(text[s:e] for s, e in candidate.spans if text[s:e] in names)
        if used:
            candidate.name = used.most_common(1)[0][0]
    return found


def _country_in(name: str) -> str | None:
    """The state a name or an office names: a country, a demonym, or a city (`Dhaka Chamber`, `Mayor of London`)."""
    for match in _COUNTRY_PATTERN.finditer(name):
        return country_names()[match.group()]
    for word in re.findall(r"[A-Z][a-z]+", name):
        if word in demonyms():
            return demonyms()[word]
    city = _CITY_PLACE.search(name)
    return city_countries()[city.group("city")] if city else None


def _organizations(text: str, skip: tuple[Span, ...], taken: list[Span]) -> dict[str, _Candidate]:
    lookup = organization_lookup()
    found: dict[str, _Candidate] = {}
    acronyms: dict[str, str] = {}  # acronym defined in this text -> key
    excluded_acronyms: set[str] = set()

    def add(key: str, name: str, country: str | None, span: Span) -> _Candidate:
        candidate = found.setdefault(key, _Candidate("organization", key, name, country))
        candidate.spans.append(span)
        taken.append(span)
        return candidate

    for run in _CAP_RUN.finditer(text):
        for start, end in _split_run(text, run.start(), run.end()):
            if overlaps_any((start, end), skip) or _inside((start, end), taken):
                continue
            name = text[start:end]
            acronym = _ACRONYM_AFTER.match(text, end)
            known = lookup.get(name)
            if known is None and acronym and acronym.group("acr") in lookup and _is_org_name(name, strict=False):
                known = lookup[acronym.group("acr")]
            if known is not None:
                add(known.actor_id, known.name, known.country, (start, end))
                if acronym:
                    acronyms[acronym.group("acr")] = known.actor_id
                    taken.append(acronym.span("acr"))  # the definition is part of this mention
                continue
            words = set(re.findall(r"[\w'’]+", name))
            if acronym and words & _NOT_ORG_WORDS:
                excluded_acronyms.add(acronym.group("acr"))
            if _is_org_name(name):
                key = slug(name)
                add(key, name, _country_in(name), (start, end))
                if acronym:
                    acronyms[acronym.group("acr")] = key
                    taken.append(acronym.span("acr"))
    # A company introduced by what it is: "the Russian firm Astarta-Agrotrading".
    for match in _FIRM_NAME.finditer(text):
        name = _trim_name(match.group("name"))
        span = (match.start("name"), match.start("name") + len(name))
        if (
            name
            and name not in country_names()
            and name not in city_countries()
            and not overlaps_any(span, skip)
            and not _inside(span, taken)
        ):
            demonym = _DEMONYM_BEFORE.search(text, max(0, match.start() - 25), match.start())
            country = demonyms()[demonym.group("dem")] if demonym else _country_in(name)
            add(slug(name), name, country, span)
    # Acronyms: those the article defines, then those the knowledge base knows.
    for match in re.finditer(r"(?<![\w-])[A-Z][A-Za-z&]{1,8}[A-Z](?![\w-])|(?<![\w-])[A-Z]{2}(?![\w-])", text):
        word, span = match.group(), match.span()
        if overlaps_any(span, skip) or word in excluded_acronyms or _inside(span, taken):
            continue
        if word in acronyms:
            found[acronyms[word]].spans.append(span)
            taken.append(span)
        elif word in lookup and word in {lookup[word].acronym, lookup[word].name}:
            known = lookup[word]
            add(known.actor_id, known.name, known.country, span)
    return found


# A known acronym hyphened to a body's head noun names the organisation, then its body.
_ACRONYM_THEN_BODY = re.compile(rf"(?P<acr>[A-Z][A-Za-z&]{{1,8}}[A-Z])[ \t]*-[ \t]*(?=(?:{'|'.join(_ORG_HEADS)})\b)")


def _split_run(text: str, start: int, end: int) -> list[Span]:
    """Organisation-shaped pieces of a run of capitalised words, with sentence furniture trimmed."""
    run = text[start:end]
    # "the Ministry of Foreign Affairs and Ministry of Finance": two names.
    bounds = [0]
    for match in re.finditer(r"\s+(?:and|&)\s+(?=(?:the\s+)?[A-Z])", run):
        left, right = run[bounds[-1] : match.start()], run[match.end() :]
        if _names_a_body(left) and _names_a_body(right.split(" and ")[0]):
            bounds.append(match.start())
            bounds.append(match.end())
    bounds.append(len(run))
    pieces = []
    for i in range(0, len(bounds), 2):
        trimmed = _trim(text, start + bounds[i], start + bounds[i + 1])
        if trimmed is None:
            continue
        # "SCO-Council of ...": the organisation and its body, as when its full name comes first
        parent = _ACRONYM_THEN_BODY.match(text, *trimmed)
        if parent and parent.group("acr") in organization_lookup():
            pieces.append(parent.span("acr"))
            trimmed = (parent.end(), trimmed[1])
        pieces.extend(_split_at_heads(text, *trimmed))
    return pieces


def _names_a_body(name: str) -> bool:
    """A head noun ("... Agency") or a name of its own ("SUPARCO"), so "A and the B Agency" are two names."""
    name = re.sub(r"^the\s+", "", name.strip())
    return (
        any(re.search(rf"\b{head}\b", name) for head in _ORG_HEADS)
        or name in organization_lookup()
        or re.fullmatch(r"[A-Z]{3,}", name) is not None
    )


_CONNECTORS = {"of", "for", "the", "and", "&", "on", "de", "al"}
_CALENDAR_WORDS = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)  # not May: a name may hold it


def _trim(text: str, start: int, end: int) -> Span | None:
    tokens = list(re.finditer(r"\S+", text[start:end]))
    # Cut everything up to an office followed by a preposition: "Governor of the State Bank".
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        if _ROLE_WORD.fullmatch(token.group().rstrip(",")) and tokens[i + 1].group() in {"of", "for", "to"}:
            cut = i + 2
    while cut < len(tokens) and (
        tokens[cut].group() in _LEADING_NOISE
        or tokens[cut].group() in _CONNECTORS
        or _is_possessive_country(tokens[cut].group())
    ):
        cut += 1
    # A day or a month ends the name: "the Pakistan Navy on Monday"
    last = next((i for i in range(cut, len(tokens)) if tokens[i].group().rstrip(",.") in _CALENDAR_WORDS), len(tokens))
    while last > cut and tokens[last - 1].group() in _CONNECTORS:
        last -= 1
    if last <= cut:
        return None
    stop = start + tokens[last - 1].end()
    if text[stop - 2 : stop] in {"'s", "’s"}:  # "the Department’s capabilities"
        stop -= 2
    return start + tokens[cut].start(), stop


def _is_possessive_country(token: str) -> bool:
    return token[-2:] in {"'s", "’s"} and token[:-2] in country_names()


def _split_at_heads(text: str, start: int, end: int) -> list[Span]:
    """A name ends at its head noun or after the head's `of ...` phrase; an office or a new head starts anew."""
    if text[start:end] in organization_lookup():
        return [(start, end)]
    tokens = list(re.finditer(r"\S+", text[start:end]))
    words = [t.group().rstrip(",") for t in tokens]
    heads = [i for i, w in enumerate(words) if w in _ORG_HEADS]
    if not heads:
        return [(start, end)]
    pieces, first = [], 0
    i = heads[0]
    while i < len(words):
        stop = i + 1
        while stop < len(words) and words[stop] in _ORG_HEADS:  # "University Hospital"
            stop += 1
        if stop < len(words) and words[stop] in {"of", "for", "on"}:
            j = stop + 1
            while (
                j < len(words)
                and (words[j] in _CONNECTORS or words[j][0].isupper())
                and words[j] not in _ORG_HEADS
                and not _ROLE_WORD.fullmatch(words[j])
            ):
                j += 1
                if words[j - 1] in country_names():  # "State Bank of Pakistan" ends at the state
                    break
            while j > stop and words[j - 1] in _CONNECTORS:
                j -= 1
            if j > stop + 1:
                stop = j
        pieces.append((start + tokens[first].start(), start + tokens[stop - 1].end()))
        nxt = next((h for h in heads if h >= stop), None)
        if nxt is None:
            break
        # The next piece starts after any office words ("Governor") between the two names.
        first = stop
        while first < nxt and (
            _ROLE_WORD.fullmatch(words[first]) or words[first] in _NOT_NAME_WORDS or words[first] in _CONNECTORS
        ):
            first += 1
        i = nxt
    return pieces


def _is_org_name(name: str, strict: bool = True) -> bool:
    words = re.findall(r"[\w'’]+", name)
    if not words or set(words) & _NOT_ORG_WORDS:
        return False
    if not strict:
        return True
    return any(w in _ORG_HEADS for w in words) and sum(w[0].isupper() for w in words) >= 2


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


_ROLE_OF_COUNTRY = re.compile(rf"\s+(?:of|to|from)\s+(?:the\s+)?(?:{_COUNTRY})$")
_ROLE_COUNTRY_FIRST = re.compile(rf"^(?:{_COUNTRY}|{_DEMONYM})(?:['’]s)?\s+")


def _clean_role(role: str) -> str:
    role = _ROLE_OF_COUNTRY.sub("", role)
    role = _ROLE_COUNTRY_FIRST.sub("", role)  # the role is said without the state
    role = re.sub(r"\bPM\b", "Prime Minister", role)
    role = re.sub(r"\bFM\b", "Foreign Minister", role)
    role = re.sub(r"^(?:then-|former\s+|Former\s+)", "", role)
    return " ".join(role.split()).strip(" ,")


_LEADING_TITLES = {
    "Senator",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Engr",
    "Engr.",
    "Prof",
    "Prof.",
    "Professor",
    "President",
    "Minister",
    "Ambassador",
    "Governor",
    "Chairman",
    "Mayor",
    "Speaker",
}


def _trim_name(name: str) -> str:
    tokens = [re.sub(r"['’]s$", "", t) for t in name.split()]
    if set(tokens) & (_NOT_ORG_WORDS | set(_ORG_HEADS)) or set(tokens) <= _OFFICE_FIELDS:
        return ""
    while tokens and tokens[0] in _LEADING_TITLES:  # "Senator A B, chairman of ...": the name is A B
        tokens.pop(0)
    kept = []
    for token in tokens:
        if token in _NOT_NAME_WORDS or token.rstrip("’'s") in country_names() or token in demonyms():
            break
        kept.append(token)
    while kept and re.fullmatch(_NAME_LINK, kept[-1]):
        kept.pop()
    return "" if set(kept) <= _OFFICE_FIELDS else " ".join(kept)


@dataclass
class _Introduction:
    """One place where the article introduces a person, with what it says about them there."""

    name: str
    role: str | None
    country: str | None
    span: Span  # the name
    start: int  # where the introduction begins (its title, if any)
    not_country: str | None = None  # a counterpart's state: this person serves another one


def _persons(
    text: str,
    skip: tuple[Span, ...],
    taken: list[Span],
    countries: dict[str, _Candidate],
    organizations: dict[str, _Candidate],
    reporting: str | None,
) -> list[_Candidate]:
    bodies = _bodies(text, organizations)
    found: list[_Introduction] = []

    def introduce(
        name_match: re.Match, group: str | int, role: str | None, country: str | None, start: int
    ) -> _Introduction | None:
        name = _trim_name(name_match.group(group))
        if not name or overlaps_any(name_match.span(group), skip) or _inside(name_match.span(group), taken):
            return None
        if name in organization_lookup() or name in country_names():
            return None
        literal = name_match.group(group)
        begin = name_match.start(group) + max(literal.find(name), literal.find(name.split()[0]))
        found.append(_Introduction(name, role, country, (begin, begin + len(name)), start))
        return found[-1]

    title_roles = set()
    for match in _TITLE_NAME.finditer(text):
        if introduce(match, "name", _clean_role(match.group("role")), _stated_country(match), match.start()):
            title_roles.add(match.start("role"))
    for match in _NAME_TITLE.finditer(text):
        # "A, Trade envoy B": the office belongs to the name after it, not before it.
        if match.start("role") in title_roles or len(match.group("name").split()) < 2:
            continue
        country = _stated_country(match) or _body_country_after(text, match.end("role"), bodies)
        introduce(match, "name", _clean_role(match.group("role")), country, match.start())
    for match in _DEMONYM_OFFICE_NAME.finditer(text):
        introduce(match, "name", match.group("role"), _stated_country(match), match.start())
    for match in _NAME_LOWER_TITLE.finditer(text):
        if match.start("role") in title_roles or len(match.group("name").split()) < 2:
            continue
        country = _country_in(match.group("role")) or _body_country_after(text, match.end("role"), bodies)
        introduction = introduce(match, "name", _clean_role(match.group("role")), country, match.start())
        if introduction and match.group("portfolio"):  # an official "for Pakistan" serves another state
            introduction.not_country = country_names()[match.group("portfolio")]
    for start, end, country in bodies:
        before = _ROLE_BEFORE_BODY.search(text, max(0, start - 150), start)
        after = _BODY_THEN_NAME.match(text, end)
        if before and after:
            introduce(after, "name", _clean_role(before.group("role")), country, before.start())
        after = _BODY_OFFICE_NAME.match(text, end)
        if after:
            introduce(after, "name", after.group("role"), country, start)
    for match in _COUNTERPART.finditer(text):
        previous = [p for p in found if p.span[0] < match.start()]
        # A counterpart holds the same office as the person just named, for the other side.
        role = previous[-1].role if previous else "counterpart"
        country = demonyms()[match.group("dem")]
        introduce(match, "name", role, country, match.start())
        if previous:
            previous[-1].not_country = country
    for match in _HONORIFIC_NAME.finditer(text):
        if len(match.group("name").split()) >= 2:
            introduce(match, "name", None, None, match.start())
    for match in _KNOWN_PERSON.finditer(text):
        introduce(match, 0, None, None, match.start())
    for match in _KNOWN_SURNAME.finditer(text):
        part_of_a_name = re.search(r"[A-Z][\w'’.-]*\s+$", text[max(0, match.start() - 40) : match.start()])
        if not part_of_a_name and not _someone_else_named(text, match.group()):
            introduce(match, 0, None, None, match.start())
    found.sort(key=lambda p: p.span)
    for introduction in found:
        if introduction.country is None:
            introduction.country = _known_country(introduction.name)
    _share_countries_in_lists(text, found)
    persons = _merge_persons(text, found, skip, taken)
    for person in persons:
        holders = _known_holders(person.name)
        if holders and len({h.country for h in holders}) == 1:
            person.country = person.country or holders[0].country
        if holders and len({h.office for h in holders}) == 1:
            person.role = person.role or holders[0].office
    visitors = {country_names().get(m.group("side")) or demonyms()[m.group("side")] for m in _VISITING.finditer(text)}
    _assign_unstated_countries(persons, countries, visitors, reporting)
    return persons


def _someone_else_named(text: str, surname: str) -> bool:
    """Whether the article names another person with this surname ("Asad Gilani ... Gilani said")."""
    for found in re.finditer(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(surname)}\b", text):
        before = found.group(1)
        if (
            before not in _LEADING_TITLES
            and not _ROLE_WORD.fullmatch(before)
            and not re.fullmatch(_HONORIFIC, before)
            and office_holder(found.group()) is None
        ):
            return True
    return False


def _known_holders(name: str, given_names: bool = False) -> tuple:
    """Known office holders a name may refer to: by full name, else by surname, else (if asked) by given name."""
    holder = office_holder(name)
    if holder is not None:
        return (holder,)
    holders = office_holders_by_surname(name)
    if not holders and given_names and len(name) >= 5 and " " not in name:  # "PM Shehbaz"
        holders = office_holders_with_name_word(name)
    return holders


def _known_country(name: str) -> str | None:
    """The state all the known office holders a name may refer to share."""
    states = {h.country for h in _known_holders(name, given_names=True)}
    return states.pop() if len(states) == 1 else None


def _stated_country(match: re.Match) -> str | None:
    """The state a title names: `Turkish`, `Pakistan's`, `of Kazakhstan`, or a state or city inside the office."""
    groups = match.groupdict()
    affiliation = groups.get("poss") or groups.get("adj") or groups.get("of") or groups.get("of2")
    if affiliation:
        return country_names()[affiliation]
    if groups.get("dem"):
        return demonyms()[groups["dem"]]
    return _country_in(match.group("role"))


def _bodies(text: str, organizations: dict[str, _Candidate]) -> list[tuple[int, int, str | None]]:
    """Spans of organisations and diplomatic missions, with the state they belong to."""
    spans = [(s, e, org.country) for org in organizations.values() for s, e in org.spans]
    spans += [
        (m.start(), m.end(), country_names().get(m.group("side")) or demonyms().get(m.group("side")))
        for m in _MISSION.finditer(text)
    ]
    return sorted(spans)


def _body_country_after(text: str, position: int, bodies) -> str | None:
    """The state of the organisation an office is held at: "NAME, Chief Representative, JICA"."""
    join = _BODY_JOIN.match(text, position)
    return next((country for start, _, country in bodies if join and start == join.end()), None)


def _share_countries_in_lists(text: str, found: list[_Introduction]) -> None:
    """Officials listed together serve one state: "Turkiye's Foreign Minister A and Defence Minister B".

    The state passes forward along a list. It passes backward only in a list of three or more, since in
    "Minister A and Turkish Minister B" the title of B marks the other side.
    """
    lists: list[list[_Introduction]] = []
    for introduction in found:
        previous = lists[-1][-1] if lists else None
        if previous and _LIST_SEPARATOR.fullmatch(text, previous.span[1], introduction.start):
            lists[-1].append(introduction)
        else:
            lists.append([introduction])
    for members in lists:
        for before, after in zip(members, members[1:], strict=False):
            after.country = after.country or before.country
        if len(members) >= 3:
            for before, after in reversed(list(zip(members, members[1:], strict=False))):
                before.country = before.country or after.country


def _assign_unstated_countries(
    persons: list[_Candidate], countries: dict[str, _Candidate], visitors: set[str], reporting: str | None
) -> None:
    """Officials whose state the article never gives serve the article's home state.

    A report names the foreign side's officials with their state and leaves its own side's unqualified
    ("Foreign Minister Qureshi and his Egyptian counterpart"). The home state is the corpus's reporting
    country, unless the article does not name it or names it as the visiting side ("visiting Pakistani
    minister"); then it is the most named state that is not visiting. An official who cannot be of the
    home state (a counterpart, an envoy "for Pakistan") serves the most named other state.
    """
    ranked = sorted(countries.values(), key=lambda c: (-len(c.spans), c.spans[0][0]))
    home = reporting
    if home not in countries or home in visitors:
        home = next((c.key for c in ranked if c.key not in visitors), None)
    for person in persons:
        if person.country is None:
            options = (home, *(c.key for c in ranked), reporting)
            person.country = next((c for c in options if c and c not in person.not_countries), None)


def _merge_persons(text: str, introduced: list[_Introduction], skip, taken) -> list[_Candidate]:
    persons: list[_Candidate] = []
    for introduction in introduced:
        name = introduction.name
        tokens = set(fold(name).split())
        match = next(
            (p for p in persons if tokens <= set(fold(p.name).split()) or set(fold(p.name).split()) <= tokens), None
        )
        if match is None:
            match = _Candidate("person", "", name, introduction.country, introduction.role)
            persons.append(match)
        if len(name) > len(match.name):
            match.name = name
        match.role = match.role or introduction.role
        match.country = match.country or introduction.country
        if introduction.not_country:
            match.not_countries.add(introduction.not_country)
        match.aliases.add(name)
        match.spans.append(introduction.span)
    for person in persons:
        person.key = f"person:{slug(person.name)}"
        tokens = person.name.split()
        # Longest alias first, so "Imran Khan" is one mention and not also a "Khan".
        for alias in sorted({tokens[-1], *person.aliases}, key=lambda a: (-len(a), a)):
            if len(alias) < 3 or alias in _NOT_NAME_WORDS:
                continue
            for found in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                if not overlaps_any(found.span(), skip) and not _inside(found.span(), taken):
                    if not any(s < found.end() and found.start() < e for s, e in person.spans):
                        person.spans.append(found.span())
    return persons
