"""Sectors of cooperation: cue terms of the closed vocabulary in `schemas/sectors.csv`, counted in context."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pipelines.extract.records import SectorHit, Span
from pipelines.extract.spans import overlaps_any, sentence_around
from schemas.vocabularies import SECTORS

# Phrases that contain a cue but name no sector; matched first so their cue words are spent.
NON_SECTOR_PHRASES = (
    "security council",
    "security forces chief",
    "national security adviser",
    "economic security",
    "trade centre",
    "world trade center",
    "state media",
    "local media",
    "media reports",
    "social media",
    # goods in a trade list, not cooperation in their field
    "medical instruments",
    "surgical instruments",
    "sports goods",
    # the bond between peoples, not cultural cooperation
    "common culture",
    "shared culture",
)
# Phrases whose sector is not that of each cue word in them; also matched first.
PHRASE_SECTORS = {
    "maritime security": "security",
    "food security": "agriculture",
    "energy security": "energy",
    "palm oil": "agriculture",
    "edible oil": "agriculture",
    # research for farming is agriculture; aid given in money is aid, not finance
    "agricultural research": "agriculture",
    "monetary aid": "humanitarian",
}
# A cue counts when its sentence speaks of cooperation, agreements, plans, activity or figures.
# FDI is foreign direct investment, so it is context like invest*.
_CONTEXT = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|agree\w*|mou|mous|memorand\w*|sign\w*|partner\w*|joint\w*|"
    r"boost\w*|enhanc\w*|promot\w*|increas\w*|expand\w*|develop\w*|strengthen\w*|invest\w*|fdi|sector\w*|"
    r"fields?|areas?|potential|opportunit\w*|projects?|exchange\w*|ties|relations|volume|worth|"
    r"billion|million|bilateral|together|work\w*|establish\w*|launch\w*|set up|offer\w*|interest\w*|"
    r"discuss\w*|explor\w*|facilitat\w*|support\w*|import\w*|export\w*|provid\w*|assist\w*|deal\w*|"
    r"connect\w*|link\w*|plan\w*|visit\w*|deliver\w*|held|hold\w*|buil\w*|programm\w*|programs?|"
    r"activit\w*|target\w*|goals?|bn|mn|mln|buy\w*|purchas\w*|suppl\w*)\b",
    re.IGNORECASE,
)
_MIN_MENTIONS_WITHOUT_CONTEXT = 2


def _cue_body(cue: str) -> str:
    return re.escape(cue).replace(r"\*", r"[\w-]*").replace(r"\ ", r"[\s-]+")


def _is_acronym(cue: str) -> bool:
    return cue.replace("*", "").isupper()


def _cue_regex(cue: str) -> str:
    if _is_acronym(cue):  # acronyms (IT, LNG) only in capitals
        return rf"(?-i:\b{_cue_body(cue)}\b)"
    return rf"\b{_cue_body(cue)}\b"


def _alternation_by_first_letter(cues: list[str]) -> str:
    """The cues as one alternation grouped by first letter, so each word tries a handful of cues, not all."""
    groups: dict[str, list[str]] = defaultdict(list)
    for cue in cues:
        if not _is_acronym(cue):
            groups[cue[0].lower()].append(_cue_body(cue)[1:] + r"\b")
    acronyms = [_cue_regex(c) for c in cues if _is_acronym(c)]
    return "|".join(acronyms + [f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()])


def _compile() -> tuple[list[str], dict[str, str]]:
    """One alternation of every cue, longest first; the matched text's cue is found by a second, small match."""
    cue_sector: dict[str, str] = {}
    for row in SECTORS:
        for cue in filter(None, (c.strip() for c in row["cues"].split("|"))):
            cue_sector[cue] = row["code"]
    cue_sector.update(dict.fromkeys(NON_SECTOR_PHRASES, ""))
    cue_sector.update(PHRASE_SECTORS)
    ordered = sorted(cue_sector, key=lambda c: (-len(c.replace("*", "")), c))
    return ordered, cue_sector


_ORDERED_CUES, _CUE_SECTOR = _compile()
CUE_PATTERN = re.compile(r"(?<!\w)(?:" + _alternation_by_first_letter(_ORDERED_CUES) + ")", re.IGNORECASE)
_SINGLE_CUES = [(re.compile(_cue_regex(c) + r"\Z", re.IGNORECASE), _CUE_SECTOR[c]) for c in _ORDERED_CUES]


@lru_cache(maxsize=8192)
def _sector_of(matched: str) -> str:
    # Same order as the alternation, so the first cue that spans the whole match is the one that matched.
    for pattern, sector in _SINGLE_CUES:
        if pattern.match(matched):
            return sector
    return ""


def _in_a_proper_name(text: str, match: re.Match) -> bool:
    """A capitalised cue inside a sentence names something ("Board of Investment"), it reports no activity."""
    word = match.group()
    if not word[0].isupper() or word.isupper():
        return False
    before = text[: match.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“‘'(—–-•"


# A name is a project when a word says so ("Trans-Asian Pipeline", "Housing Projects") or when it is
# titled by the work it does ("Promotion of Wind Power"); a body or an office in it makes it a name of
# the body ("Pipeline Authority", "Minister for Energy"), which reports no activity.
_PROJECT_WORDS = frozenset(
    {
        "Project",
        "Projects",
        "Programme",
        "Programmes",
        "Program",
        "Programs",
        "Scheme",
        "Initiative",
        "Agreement",
        "Agreements",
        "Framework",
        "Treaty",
        "Accord",
        "Corridor",
        "Pipeline",
        "Railway",
        "Highway",
        "Motorway",
        "Zone",
        "Zones",
        "Forum",
        "Forums",
    }
)
_WORK_TITLES = frozenset(
    {
        "Promotion",
        "Development",
        "Installation",
        "Extension",
        "Construction",
        "Establishment",
        "Expansion",
        "Upgradation",
        "Rehabilitation",
        "Improvement",
        "Strengthening",
        "Modernisation",
        "Modernization",
    }
)
_BODY_WORDS = frozenset(
    {
        "Ministry",
        "Minister",
        "Ministers",
        "Division",
        "Department",
        "Directorate",
        "Board",
        "Bank",
        "Agency",
        "Authority",
        "Commission",
        "Committee",
        "Council",
        "Chamber",
        "Company",
        "Corporation",
        "Organization",
        "Organisation",
        "Office",
        "Secretariat",
        "Institute",
        "University",
        "Association",
        "Federation",
        "Fund",
        "Adviser",
        "Advisor",
        "Secretary",
        "Ambassador",
        "Envoy",
        "Counselor",
        "Counsellor",
        "Chairman",
    }
)
_NAME_JOINERS = frozenset({"of", "for", "on", "and", "&", "the"})
_OPENING = "“‘\"'("
_CLOSING = ",;:.!?”’\"')"


def _in_name(word: str) -> bool:
    return word[:1].isupper() or word in _NAME_JOINERS


def _name_words(text: str, match: re.Match) -> list[str]:
    """The capitalised words (and the small words joining them) of the name that holds the cue."""
    # Only words set apart by single spaces: punctuation or a line break next to the cue ends the name.
    left = text[max(0, match.start() - 120) : match.start()].split("\n")[-1].split(" ")
    right = text[match.end() : match.end() + 120].split("\n")[0].split(" ")
    left, right = (left[:-1] if left[-1] == "" else []), (right[1:] if right[0] == "" else [])
    before: list[str] = []
    for token in reversed(left):
        if not token or token[-1] in _CLOSING or not _in_name(token.lstrip(_OPENING)):
            break
        before.insert(0, token.lstrip(_OPENING))
        if token[0] in _OPENING:
            break
    after: list[str] = []
    for token in right:
        if not token or token[0] in _OPENING or not _in_name(token):
            break
        after.append(token.rstrip(_CLOSING))
        if token[-1] in _CLOSING:
            break
    while before and before[0] in _NAME_JOINERS:
        before.pop(0)
    while after and after[-1] in _NAME_JOINERS:
        after.pop()
    return before + match.group().split() + after


def _names_a_project(text: str, match: re.Match) -> bool:
    """True when the capitalised name holding the cue is a project or programme, not a body or an office."""
    words = _name_words(text, match)
    if _BODY_WORDS.intersection(words):
        return False
    titled = words[1:] if words[0] == "The" else words
    return bool(_PROJECT_WORDS.intersection(words)) or (
        len(titled) > 2 and titled[0] in _WORK_TITLES and titled[1] == "of"
    )


def extract_sectors(text: str, skip: tuple[Span, ...] = ()) -> list[SectorHit]:
    """One hit per sector the article reports activity in, with its evidence span and mention count."""
    mentions: dict[str, list[re.Match]] = defaultdict(list)
    in_context: dict[str, re.Match] = {}
    for match in CUE_PATTERN.finditer(text):
        sector = _sector_of(match.group())
        if not sector or overlaps_any(match.span(), skip):
            continue
        if text[match.start() - 1 : match.start()] == "-" and " " not in match.group():
            continue  # a cue word never starts inside a hyphenated word ("non-oil"), a phrase may
        if _in_a_proper_name(text, match):
            if not _names_a_project(text, match):
                continue
            in_context.setdefault(sector, match)  # a named project is itself activity in its sector
        mentions[sector].append(match)
        if sector not in in_context:
            start, end = sentence_around(text, match.span())
            if _CONTEXT.search(text, start, end):
                in_context[sector] = match
    hits = []
    for sector, found in mentions.items():
        evidence = in_context.get(sector)
        if evidence is None and len(found) < _MIN_MENTIONS_WITHOUT_CONTEXT:
            continue
        evidence = evidence or found[0]
        hits.append(SectorHit(sector, len(found), evidence.start(), evidence.end(), evidence.group()))
    return sorted(hits, key=lambda h: h.char_start)
