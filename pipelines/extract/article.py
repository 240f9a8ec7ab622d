"""One pass over one article: every fact the extractors find, no orchestrator involved."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.extract.actors import extract_actors
from pipelines.extract.boilerplate import boilerplate_spans
from pipelines.extract.dates import extract_dates
from pipelines.extract.language import UNDETERMINED, detect_language
from pipelines.extract.metadata import extract_metadata, page_month_first
from pipelines.extract.money import extract_money
from pipelines.extract.money_guard import without_scientific_notation
from pipelines.extract.money_model import reclassified
from pipelines.extract.records import (
    FIRST_DATE,
    LAST_DATE,
    Actor,
    ArticleMetadata,
    DateMention,
    MonetaryAmount,
    SectorHit,
)
from pipelines.extract.sectors import extract_sectors
from pipelines.extract.settings import MONEY_KIND_MODELS, CorpusSettings, default_settings
from pipelines.extract.version import EXTRACTOR_VERSION, extractor_version  # noqa: F401 (re-exported)

# The languages the rules have data for (dates, money, sectors and actors in en, es, fr, pt); an article in
# any other language is published with its metadata, no facts, and the reason in `facts_not_mined`.
FACT_LANGUAGES = frozenset({"en", "es", "fr", "pt"})


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    metadata: ArticleMetadata
    language: str
    facts_not_mined: str | None = None  # why no facts were mined, when none were
    dates: list[DateMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sectors: list[SectorHit] = field(default_factory=list)
    money: list[MonetaryAmount] = field(default_factory=list)


def extract_article(text: str, settings: CorpusSettings | None = None) -> ArticleFacts:
    """Metadata, language and every fact of one article text, under the corpus's settings (default: corpus.json)."""
    settings = settings or default_settings()
    metadata = extract_metadata(text)
    language = detect_language(text, FACT_LANGUAGES)
    if language not in FACT_LANGUAGES:
        return ArticleFacts(metadata, language, facts_not_mined=not_mined_because(language))
    skip = tuple(sorted((*metadata.skip_spans, *boilerplate_spans(text))))
    published = metadata.publication_date
    anchor = published if published is not None and FIRST_DATE <= published <= LAST_DATE else None
    return ArticleFacts(
        metadata=metadata,
        language=language,
        dates=extract_dates(
            text,
            metadata.filing_day if anchor and metadata.filing_day else anchor,  # `today` is the day it was filed
            skip,
            language,
            settings.fallback_fiscal_calendar,
            page_month_first(metadata.url),
            metadata.publication_month,
        ),
        actors=extract_actors(text, skip, settings, None, language),
        sectors=extract_sectors(text, skip, language),
        money=_money_kinds(
            text,
            without_scientific_notation(text, extract_money(text, skip, settings, language, metadata.url, anchor)),
            language,
            settings.money_kind_model,
        ),
    )


def _money_kinds(text: str, money: list[MonetaryAmount], language: str, model: str) -> list[MonetaryAmount]:
    """The amounts with kind and subject as the corpus's `money_kind_model` decides them: the rules' (as
    `extract_money` gives them), or the classifier's reading of the sentence and the rules' decision."""
    if model not in MONEY_KIND_MODELS:
        raise ValueError(f"unknown money kind model {model!r}; known: {', '.join(MONEY_KIND_MODELS)}")
    return reclassified(text, money, language) if model == "classifier" else money


def not_mined_because(language: str) -> str:
    """The statement an article row carries when its language is not one the rules read."""
    mined = ", ".join(sorted(FACT_LANGUAGES))
    if language == UNDETERMINED:
        return f"language undetermined; facts are mined only from articles in: {mined}"
    return f"language {language} is not supported; facts are mined only from articles in: {mined}"
