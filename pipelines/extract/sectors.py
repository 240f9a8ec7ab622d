"""Sectors of cooperation: cue terms of the closed vocabulary in `schemas/sectors.csv`, counted in context."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from pipelines.extract.records import SectorHit, Span
from pipelines.extract.spans import overlaps_any, sentence_around
from schemas.vocabularies import SECTORS

# Phrases that contain a cue but name no sector; matched first so their cue words are spent.
NON_SECTOR_PHRASES = ("security council", "security forces chief", "national security adviser",
                      "food security", "energy security", "economic security", "trade centre", "world trade center",
                      "state media", "local media", "media reports", "social media", "palm oil", "edible oil",
                      # goods in a trade list, not cooperation in their field
                      "medical instruments", "surgical instruments", "sports goods",
                      # the bond between peoples, not cultural cooperation
                      "common culture", "shared culture",
                      "agricultural research", "monetary aid")
# Phrases whose cue belongs to another sector than its head word.
PHRASE_SECTORS = {"food security": "agriculture", "energy security": "energy", "palm oil": "agriculture",
                  "edible oil": "agriculture",
                  # research for farming is agriculture; aid given in money is aid, not finance
                  "agricultural research": "agriculture", "monetary aid": "humanitarian"}
# A cue counts when its sentence speaks of cooperation, agreements, plans, activity or figures.
# FDI is foreign direct investment, so it is context like invest*.
_CONTEXT = re.compile(
    r"\b(?:cooperat\w*|co-operat\w*|collaborat\w*|agree\w*|mou|mous|memorand\w*|sign\w*|partner\w*|joint\w*|"
    r"boost\w*|enhanc\w*|promot\w*|increas\w*|expand\w*|develop\w*|strengthen\w*|invest\w*|fdi|sector\w*|"
    r"fields?|areas?|potential|opportunit\w*|projects?|exchange\w*|ties|relations|volume|worth|"
    r"billion|million|bilateral|together|work\w*|establish\w*|launch\w*|set up|offer\w*|interest\w*|"
    r"discuss\w*|explor\w*|facilitat\w*|support\w*|import\w*|export\w*|provid\w*|assist\w*|deal\w*|"
    r"connect\w*|link\w*|plan\w*|visit\w*|deliver\w*|held|hold\w*)\b", re.IGNORECASE)
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
    for phrase in NON_SECTOR_PHRASES:
        cue_sector[phrase] = PHRASE_SECTORS.get(phrase, "")
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
    before = text[:match.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“‘'(—–-•"


def extract_sectors(text: str, skip: tuple[Span, ...] = ()) -> list[SectorHit]:
    """One hit per sector the article reports activity in, with its evidence span and mention count."""
    mentions: dict[str, list[re.Match]] = defaultdict(list)
    in_context: dict[str, re.Match] = {}
    for match in CUE_PATTERN.finditer(text):
        sector = _sector_of(match.group())
        if not sector or overlaps_any(match.span(), skip) or _in_a_proper_name(text, match):
            continue
        if text[match.start() - 1:match.start()] == "-" and " " not in match.group():
            continue  # a cue word never starts inside a hyphenated word ("non-oil"), a phrase may
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
