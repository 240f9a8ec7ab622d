"""A statistical reading of a monetary amount's kind and subject (corpus setting `money_kind_model`).

A linear model over named features of the amount's sentence: the words right before and after the figure, the
other words of its sentence (cut to their first letters, so that inflections share a weight), the tense the
sentence sets, the language and the rules' own decision (`money_kind.classify` and the steps after it). Its
weights are data (`pipelines/knowledge/money_kind_model.json`), trained by `benchmarks/train_money_kind.py` on the
annotated evaluation sets; reading them is a sum of weights per class, with no library.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pipelines.extract.date_tense import tense
from pipelines.extract.records import MonetaryAmount, Span
from pipelines.extract.spans import sentence_around

# The version of `features` the weights file was trained with: a file of another version is refused.
FEATURES_VERSION = 1
WEIGHTS_FILE = "money_kind_model.json"
KINDS = ("actual", "commitment", "other", "target")
SUBJECTS = ("aid", "investment", "loan", "other", "project", "trade")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BEFORE_WORDS = 10  # the words before the figure that are its near context
_AFTER_WORDS = 8  # and after it
_NEXT_WORDS = (3, 2)  # the words right before and right after it, each by its place
_YEAR_REACH = 60  # how far from the figure a year is looked for
CONFIDENT = 0.6  # the probability below which the rules' reading is kept (README: chosen on unseen writers)
_STEM = 5  # the first letters of a word that stand for it in a bag of words


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def features(text: str, span: Span, language: str, kind: str, subject: str) -> list[str]:
    """The named features of the amount at `span` of `text`, whose rules decided `kind` and `subject`."""
    start, end = span
    sentence = sentence_around(text, span)
    before = _words(text[sentence[0] : start])
    after = _words(text[end : sentence[1]])
    found = [f"lang={language}", f"rk={kind}", f"rs={subject}", f"rks={kind}|{subject}"]
    found += [f"b{i}={word}" for i, word in enumerate(reversed(before[-_NEXT_WORDS[0] :]), 1)]
    found += [f"a{i}={word}" for i, word in enumerate(after[: _NEXT_WORDS[1]], 1)]
    for word in before[-_BEFORE_WORDS:]:
        found += [f"b={word}", f"bs={word[:_STEM]}"]
    for word in after[:_AFTER_WORDS]:
        found += [f"a={word}", f"as={word[:_STEM]}"]
    found += [f"s={word[:_STEM]}" for word in before[:-_BEFORE_WORDS] + after[_AFTER_WORDS:]]
    if _YEAR.search(text, end, min(sentence[1], end + _YEAR_REACH)):
        found.append("year_after")
    if _YEAR.search(text, max(sentence[0], start - _YEAR_REACH), start):
        found.append("year_before")
    ahead = tense(text, span, language)
    found += [f"tense={ahead}", f"tense={ahead}|{kind}"]
    return sorted(set(found))


@dataclass(frozen=True, slots=True)
class Model:
    """One linear model: a bias and a weight per feature for each class."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def decide(self, found: list[str], rules: str) -> str:
        """The class of highest score (a tie goes to the first class), or the rules' class when the model is
        not confident: the rules' specific readings hold where the sentence's words do not clearly outweigh them."""
        scores = list(self.bias)
        for name in found:
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        best = max(scores)
        confidence = 1 / sum(math.exp(s - best) for s in scores)
        return self.classes[scores.index(best)] if confidence >= CONFIDENT else rules


def parse_weights(data: dict) -> tuple[Model, Model]:
    """The kind and subject models of a weights file's content; ValueError where it does not fit the schema."""
    if data.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"{WEIGHTS_FILE}: features_version {data.get('features_version')!r}, not {FEATURES_VERSION}")
    models = []
    for name, allowed in (("kind", KINDS), ("subject", SUBJECTS)):
        part = data[name]
        classes = tuple(part["classes"])
        if not classes or set(classes) - set(allowed) or len(set(classes)) != len(classes):
            raise ValueError(f"{WEIGHTS_FILE}: {name} classes {classes} are not of {allowed}")
        rows = {feature: tuple(float(w) for w in row) for feature, row in part["weights"].items()}
        if len(part["bias"]) != len(classes) or any(len(row) != len(classes) for row in rows.values()):
            raise ValueError(f"{WEIGHTS_FILE}: {name}: a row's length is not the number of classes")
        models.append(Model(classes, tuple(float(b) for b in part["bias"]), rows))
    return models[0], models[1]


@cache
def load_weights() -> tuple[Model, Model]:
    """The kind and subject models of `pipelines/knowledge/money_kind_model.json`."""
    text = resources.files("pipelines.knowledge").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return parse_weights(json.loads(text))


def reclassified(text: str, amounts: list[MonetaryAmount], language: str) -> list[MonetaryAmount]:
    """The amounts with the kind and subject the model reads from their sentences and the rules' decisions. A
    target's year is the rules' (found only for a target); an amount the model makes no target has none."""
    kind_model, subject_model = load_weights()
    out = []
    for amount in amounts:
        found = features(text, (amount.char_start, amount.char_end), language, amount.kind, amount.subject)
        kind, subject = kind_model.decide(found, amount.kind), subject_model.decide(found, amount.subject)
        year = amount.year if kind == "target" else None
        out.append(dataclasses.replace(amount, kind=kind, subject=subject, year=year))
    return out
