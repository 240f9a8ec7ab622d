"""Language identification by function-word profiles: cheap, deterministic, no model to load."""

from __future__ import annotations

import re

# The most frequent short function words of each language; rare in the others.
_PROFILES: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "with",
            "as",
            "was",
            "by",
            "are",
            "it",
            "from",
            "has",
            "have",
            "this",
            "be",
            "which",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "est",
            "une",
            "dans",
            "pour",
            "que",
            "qui",
            "sur",
            "pas",
            "au",
            "du",
            "avec",
            "sont",
            "ce",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "den",
            "dem",
            "ein",
            "eine",
            "auf",
            "auch",
            "sich",
            "für",
            "von",
            "zu",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "y",
            "es",
            "una",
            "por",
            "con",
            "para",
            "que",
            "se",
            "su",
            "al",
            "como",
            "más",
            "pero",
        ]
    ),
    "it": frozenset(
        ["il", "di", "che", "è", "per", "una", "sono", "della", "con", "gli", "non", "nel", "alla", "anche", "come"]
    ),
    "pt": frozenset(
        ["os", "das", "dos", "uma", "com", "não", "para", "que", "por", "mais", "como", "foi", "são", "pelo"]
    ),
    "tr": frozenset(
        ["ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "gibi", "olan", "ancak", "ise"]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan", "ook"]
    ),
    "id": frozenset(
        ["dan", "yang", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga"]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 5


def detect_language(text: str, sample_chars: int = 5000) -> str:
    """ISO 639-1 code of the text's language, or `und` when it cannot be told."""
    words = [w.casefold() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < _MIN_WORDS:
        return "und"
    scores = {lang: sum(w in profile for w in words) for lang, profile in _PROFILES.items()}
    best = max(scores, key=lambda lang: scores[lang])
    # A language must account for a fair share of the words to be named.
    if scores[best] < 0.08 * len(words):
        return "und"
    return best
