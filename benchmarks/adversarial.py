"""Adversarial articles against the extractors: how long each takes, and what the build's time budget makes of it.

    python -m benchmarks.adversarial              # each case on one core, cut at 300 s
    python -m benchmarks.adversarial --limit 60

Cases (generated, see `benchmarks.hostile.adversarial_texts`): 'Turkish Foreign Minister and ' 4,000 times,
a run of 20,000 capitalised words, a 2 MB and a 4.9 MB article of ordinary sentences, a 200,000-character
article on one line, and a 200,000-character token without spaces. Each is extracted in
this process with `extract_article` (the knowledge loaded first), timed per extractor, and stopped at
`--limit` seconds; the build quarantines whatever runs past its per-article budget (`--time-budget`).
"""

from __future__ import annotations

import argparse
import time

from benchmarks.hostile import adversarial_texts
from pipelines.extract.actors import extract_actors
from pipelines.extract.article import extract_article
from pipelines.extract.dates import extract_dates
from pipelines.extract.metadata import extract_metadata
from pipelines.extract.money import extract_money
from pipelines.extract.sectors import extract_sectors
from pipelines.runtime.batches import _TimeUp, time_limit

EXTRACTORS = {
    "metadata": lambda text: extract_metadata(text),
    "dates": lambda text: extract_dates(text, None, ()),
    "actors": lambda text: extract_actors(text, ()),
    "sectors": lambda text: extract_sectors(text, ()),
    "money": lambda text: extract_money(text, ()),
}


def timed(fn, text: str, limit: float) -> float | None:
    """Seconds `fn(text)` takes, or None when it runs past `limit`."""
    started = time.perf_counter()
    try:
        with time_limit(limit):
            fn(text)
    except _TimeUp:
        return None
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=300.0, help="stop a case after this many seconds")
    args = ap.parse_args(argv)
    extract_article(" date 2024-01-01\nPakistan and Turkey agreed to raise trade to $5 billion.\n")  # warm up
    print(f"| case | characters | {' | '.join(EXTRACTORS)} | whole article |")
    print("|---|---|" + "---|" * (len(EXTRACTORS) + 1))
    for name, text in adversarial_texts().items():
        cells = [timed(fn, text, args.limit) for fn in EXTRACTORS.values()]
        cells.append(timed(extract_article, text, args.limit))
        shown = " | ".join(f"> {args.limit:g} s" if s is None else f"{s:.2f} s" for s in cells)
        print(f"| {name} | {len(text):,} | {shown} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
