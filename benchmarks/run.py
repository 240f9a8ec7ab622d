"""Build benchmark: generate a corpus from the seeds, build it, and report throughput and memory.

    python -m benchmarks.run                 # 1,000 articles
    python -m benchmarks.run --sizes 1000 5000 10000

Prints, per corpus size (each measured in a process of its own): words per second of the whole build
(one Dagster run, both cores), of each extractor alone on one core, the fixed overhead of the Dagster job
(a one-article build), the wall time of a one-article refresh after a full build, and the CPU time and
peak memory of the full build (the main process and its worker processes together; memory with shared
pages counted once). On a shared machine the CPU time varies far less than the wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Sentences the team wrote, mixed into generated articles so no two are identical.
FILLER = [
    "Officials of both countries met in the capital on Tuesday to review progress on the agreements.",
    "The ministers agreed to raise bilateral trade to $3 billion by 2027 and to open new flights.",
    "A joint working group on energy and mining will meet next month, the foreign office said.",
    "Trade between the two countries stood at $640 million in the last fiscal year.",
    "The delegation also visited a textile factory and a university before leaving on Friday.",
    "Both sides stressed cooperation in education, health and information technology.",
]


def generate_corpus(folder: Path, n_articles: int, seed: int = 7) -> int:
    """Write `n_articles` articles built from the seeds' paragraphs and the filler; returns the word count."""
    rng = random.Random(seed)
    paragraphs = [
        p
        for path in sorted(SEEDS.glob("*.txt"))
        for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        if len(p.split()) > 8
    ]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n_articles):
        day = date(2015, 1, 1).toordinal() + rng.randrange(3650)
        body = rng.sample(paragraphs, k=min(8, len(paragraphs))) + rng.sample(FILLER, k=3)
        rng.shuffle(body)
        text = f" date {date.fromordinal(day).isoformat()} " + "\n\n".join(body) + "\n"
        words += len(text.split())
        (folder / f"{i:06d}_bench.txt").write_text(text, encoding="utf-8")
    return words


def time_extractors(folder: Path, limit: int = 1000) -> dict[str, float]:
    """Words per second of each extractor alone, on one core, over the corpus's first `limit` articles."""
    from pipelines.extract.actors import extract_actors
    from pipelines.extract.dates import extract_dates
    from pipelines.extract.metadata import extract_metadata
    from pipelines.extract.money import extract_money
    from pipelines.extract.sectors import extract_sectors

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:limit]]
    metas = [extract_metadata(t) for t in texts]
    words = sum(len(t.split()) for t in texts)
    runs = {
        "metadata": lambda t, m: extract_metadata(t),
        "dates": lambda t, m: extract_dates(t, m.publication_date, m.skip_spans),
        "actors": lambda t, m: extract_actors(t, m.skip_spans),
        "sectors": lambda t, m: extract_sectors(t, m.skip_spans),
        "money": lambda t, m: extract_money(t, m.skip_spans),
    }
    rates = {}
    for name, run in runs.items():
        started = time.perf_counter()
        for text, meta in zip(texts, metas, strict=False):
            run(text, meta)
        rates[name] = words / (time.perf_counter() - started)
    return rates


def timed_build(input_dir: Path, output_dir: Path, use_cache: bool = False) -> float:
    from pipelines.cli import run_build

    started = time.perf_counter()
    result = run_build(input_dir, output_dir, use_cache=use_cache)
    if not result.success:
        raise SystemExit("benchmark build failed")
    return time.perf_counter() - started


def _pss_kb(pid: str) -> int:
    """Proportional set size: resident memory with pages shared by forked workers counted once overall."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except OSError:  # the process has just ended
        return 0


def _tree(root: int) -> set[str]:
    """A process and all its descendants (Linux /proc)."""
    parents: dict[str, str] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[stat.parent.name] = fields[1]
    tree, frontier = {str(root)}, [str(root)]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier += children
    return tree


def _tree_rss_mb(root: int) -> float:
    """Memory of a process and of all its descendants, in MB."""
    return sum(_pss_kb(pid) for pid in _tree(root)) / 1024


def _tree_cpu_s(root: int) -> float:
    """CPU seconds used so far by a process and its descendants, the ended ones their parents reaped included
    (a worker's time moves to the fork server's count when it ends). Steadier than wall time on a shared
    machine: other processes' load slows a build's wall clock far more than its CPU time."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total / tick


class PeakMemory(threading.Thread):
    """The peak of this process's and its worker processes' memory (PSS), together, sampled every 0.1 s."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.1):
            self.peak_mb = max(self.peak_mb, _tree_rss_mb(os.getpid()))

    def __enter__(self) -> PeakMemory:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self.join()


def benchmark(n_articles: int, work: Path) -> dict:
    corpus, output = work / f"corpus_{n_articles}", work / f"out_{n_articles}"
    words = generate_corpus(corpus, n_articles)
    one = work / "one_article"
    generate_corpus(one, 1, seed=99)
    timed_build(one, work / "out_warm_up")  # imports and first-call costs, paid once per process
    overhead = timed_build(one, work / "out_one")
    cpu = _tree_cpu_s(os.getpid())
    with PeakMemory() as memory:
        full = timed_build(corpus, output, use_cache=True)
    time.sleep(0.2)  # the fork server reaps the ended workers: their time then counts in its own
    cpu = _tree_cpu_s(os.getpid()) - cpu
    # A refresh that adds one article: the unchanged articles are carried over.
    shutil.copy(next(one.glob("*.txt")), corpus / "zz_new_article.txt")
    refresh = timed_build(corpus, output, use_cache=True)
    return {
        "articles": n_articles,
        "words": words,
        "build_s": full,
        "build_cpu_s": cpu,
        "words_per_s": words / full,
        "refresh_s": refresh,
        "overhead_s": overhead,
        "peak_mb": memory.peak_mb,
        "extractors": time_extractors(corpus),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    args = parser.parse_args(argv)
    os.environ.pop("DAGSTER_HOME", None)  # an ephemeral instance: the benchmark records no runs
    if args.one_size:
        with tempfile.TemporaryDirectory(prefix="pipelines-bench-") as tmp:
            print(json.dumps(benchmark(args.one_size, Path(tmp))))
        return 0
    rows = []
    for n in args.sizes:
        # Each size in its own process, so that its peak memory is its own.
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.run", "--one-size", str(n)], cwd=ROOT, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"benchmark of {n} articles failed:\n{done.stderr}")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"{n} articles done", file=sys.stderr)
    names = list(rows[0]["extractors"])
    print(
        "| articles | words | build s | words/s | build CPU s | 1-article refresh s | refresh / build | "
        "job overhead s | peak MB | " + " | ".join(f"{n} w/s" for n in names) + " |"
    )
    print("|" + "---|" * (9 + len(names)))
    for r in rows:
        print(
            f"| {r['articles']:,} | {r['words']:,} | {r['build_s']:.1f} | {r['words_per_s']:,.0f} | "
            f"{r['build_cpu_s']:.1f} | "
            f"{r['refresh_s']:.2f} | {r['refresh_s'] / r['build_s']:.3f} | {r['overhead_s']:.1f} | "
            f"{r['peak_mb']:.0f} | " + " | ".join(f"{r['extractors'][n]:,.0f}" for n in names) + " |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
