"""One pass over one article: every fact the extractors find, no orchestrator involved."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.extract.actors import extract_actors
from pipelines.extract.dates import extract_dates
from pipelines.extract.language import detect_language
from pipelines.extract.metadata import extract_metadata
from pipelines.extract.money import extract_money
from pipelines.extract.records import Actor, ArticleMetadata, DateMention, MonetaryAmount, SectorHit
from pipelines.extract.sectors import extract_sectors

# Bump when any extractor changes what it returns: cached results of older versions are discarded.
EXTRACTOR_VERSION = "1"

# The rules are written for English; other languages are published with no facts.
FACT_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    metadata: ArticleMetadata
    language: str
    dates: list[DateMention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    sectors: list[SectorHit] = field(default_factory=list)
    money: list[MonetaryAmount] = field(default_factory=list)


def extract_article(text: str) -> ArticleFacts:
    """Metadata, language and every fact of one article text."""
    metadata = extract_metadata(text)
    language = detect_language(text)
    if language not in FACT_LANGUAGES:
        return ArticleFacts(metadata, language)
    skip = metadata.skip_spans
    return ArticleFacts(
        metadata=metadata,
        language=language,
        dates=extract_dates(text, metadata.publication_date, skip),
        actors=extract_actors(text, skip),
        sectors=extract_sectors(text, skip),
        money=extract_money(text, skip),
    )
