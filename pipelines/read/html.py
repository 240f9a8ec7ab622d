"""HTML pages reduced to their article text with trafilatura (navigation, asides and comments dropped)."""

from __future__ import annotations

import logging

# A page that is not an article is this build's quarantine row, not an error in the log.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# Only the page's own date markup: a date guessed from the body or the URL is not a publication date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Fewer words than this is a navigation stub or an error page, not an article.
MIN_ARTICLE_WORDS = 10


def html_to_text(html: str) -> str | None:
    """The article text of a page, led by the corpus header line ` date YYYY-MM-DD` when the page dates itself.

    None when the page holds no article text.
    """
    import trafilatura  # a third of a second to import: only for a folder with HTML pages

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or len((doc.text or "").split()) < MIN_ARTICLE_WORDS:
        return None
    header = f" date {doc.date[:10]}\n" if doc.date else ""
    return header + doc.text.strip() + "\n"
