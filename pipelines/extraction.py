"""Extract every article of a corpus into table rows; an article whose extraction fails is quarantined."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from pipelines.extract.article import extract_article
from pipelines.reader import SourceArticle
from pipelines.tables import EXTRACTED_TABLES, article_row, fact_rows, quarantine_row, to_frame


@dataclass(slots=True)
class CorpusRows:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in EXTRACTED_TABLES})
    errors: list[dict] = field(default_factory=list)

    def frames(self) -> dict[str, pd.DataFrame]:
        return {table: to_frame(table, rows) for table, rows in self.rows.items()}

    def error_frame(self) -> pd.DataFrame:
        return to_frame("quarantine", self.errors)


def extract_corpus(articles: Iterable[SourceArticle]) -> CorpusRows:
    out = CorpusRows()
    for article in articles:
        try:
            facts = extract_article(article.text)
        except Exception as exc:  # one bad article must not stop the build
            out.errors.append(quarantine_row("articles", article.article_id, "extraction_error",
                                             f"Extraction failed: {type(exc).__name__}: {exc}."))
            continue
        out.rows["articles"].append(article_row(article, facts))
        for table, rows in fact_rows(article.article_id, facts).items():
            out.rows[table].extend(rows)
    return out
