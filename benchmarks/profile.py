"""Profile the extractors on one core: the functions where extraction spends its time.

python -m benchmarks.profile                 # 300 generated articles, top 10 functions
python -m benchmarks.profile --articles 1000 --top 5
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from benchmarks.run import generate_corpus
from pipelines.extract.article import extract_article


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pipelines-profile-") as tmp:
        words = generate_corpus(Path(tmp), args.articles)
        texts = [path.read_text(encoding="utf-8") for path in sorted(Path(tmp).glob("*.txt"))]
    extract_article(texts[0])  # compile the patterns and load the knowledge base outside the profile
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for text in texts:
        extract_article(text)
    profiler.disable()
    seconds = time.perf_counter() - started
    print(
        f"{args.articles} articles, {words:,} words in {seconds:.2f} s under the profiler "
        f"({words / seconds:,.0f} words/s)"
    )
    pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
