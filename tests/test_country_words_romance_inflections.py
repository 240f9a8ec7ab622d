"""Every Spanish and Portuguese demonym in -o, -és/-ês and every French one in -ien, -ais, -an has its feminine and
plural forms in the table too ("vice-primeira-ministra polaca", "ministres kényanes"): a writer inflects them all."""

import csv
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).parents[1] / "pipelines" / "knowledge" / "country_words_romance.csv"


def _inflections(language: str, word: str) -> list[str]:
    if language in ("es", "pt") and word.endswith("o"):
        return [word[:-1] + "a", word + "s", word[:-1] + "as"]
    if (language, word[-2:]) in (("es", "és"), ("pt", "ês")):
        return [word[:-2] + "esa", word[:-2] + "eses", word[:-2] + "esas"]
    if language == "fr" and word.endswith("ien"):
        return [word + "ne", word + "s", word + "nes"]
    if language == "fr" and word.endswith(("ais", "an")):
        return [word + "e", word + "es"] + ([] if word.endswith("s") else [word + "s"])
    return []


def test_romance_demonyms_have_every_inflection():
    words = defaultdict(set)
    with TABLE.open(encoding="utf-8") as table:
        for row in csv.DictReader(table):
            if row["kind"] == "demonym":
                words[(row["language"], row["alpha3"])].add(row["word"])
    missing = [
        (language, state, form)
        for (language, state), forms in words.items()
        for word in forms
        for form in _inflections(language, word)
        if form not in forms and not word.endswith("ão")
    ]
    assert missing == []
