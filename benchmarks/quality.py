"""Quality benchmark: build the evaluation sets and score them against their gold.

    python -m benchmarks.quality                  # every set in benchmarks/evaluation/
    python -m benchmarks.quality --sets A F       # some of them
    python -m benchmarks.quality --keep runs/q    # keep the build, then: python -m pipelines evaluate ... --errors

Each set (`benchmarks/evaluation/<set>/corpus/*.txt` with `gold/*.json`, described in
`benchmarks/evaluation/README.md`) is news the team wrote for measuring, annotated by the annotation
guidelines. All sets are built in one build; the table gives F1 (or accuracy) per fact for all sets together,
then for each set, so that a change that helps one writer's style only shows as such.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipelines.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "benchmarks" / "evaluation"

F1_FACTS = ("date_mentions", "date_values", "persons", "organizations", "countries", "sectors", "money")
ACCURACY_FACTS = ("publication_date", "title", "person_role", "person_country", "money_kind", "money_subject")


def available_sets() -> list[str]:
    return sorted(p.name for p in SETS_DIR.iterdir() if (p / "gold").is_dir() and (p / "corpus").is_dir())


def build(sets: list[str], work: Path) -> None:
    """Copy the sets' articles and gold into `work` and build the datasets into `work/datasets`."""
    for sub in ("corpus", "gold"):
        (work / sub).mkdir(parents=True, exist_ok=True)
        for name in sets:
            for path in sorted((SETS_DIR / name / sub).iterdir()):
                shutil.copyfile(path, work / sub / path.name)
    command = [sys.executable, "-m", "pipelines", "build", "--quiet", "--no-cache"]
    command += ["--input", str(work / "corpus"), "--output", str(work / "datasets")]
    subprocess.run(command, cwd=ROOT, check=True)


def scores(datasets: Path, gold: Path) -> dict[str, str]:
    """F1 or accuracy per fact, formatted, for the articles of one gold folder."""
    report = score(datasets, gold, None)
    shown = {fact: f"{report['prf'][fact]['f1']:.3f}" for fact in F1_FACTS}
    for fact in ACCURACY_FACTS:
        value = report["accuracy"][fact]["accuracy"]
        shown[fact] = "n/a" if value is None else f"{value:.3f}"
    shown["articles"] = str(report["articles_scored"])
    return shown


def table(columns: dict[str, dict[str, str]]) -> str:
    rows = ["fact".ljust(17) + "".join(name.rjust(8) for name in columns)]
    for fact in ("articles", *F1_FACTS, *ACCURACY_FACTS):
        rows.append(fact.ljust(17) + "".join(column[fact].rjust(8) for column in columns.values()))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", help="set names (default: all)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    known = available_sets()
    sets = args.sets or known
    unknown = sorted(set(sets) - set(known))
    if unknown:
        print(f"error: no evaluation set {', '.join(unknown)} (known: {' '.join(known)})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        if work.exists() and any(work.iterdir()):
            print(f"error: {work} is not empty", file=sys.stderr)
            return 2
        build(sets, work)
        columns = {"all": scores(work / "datasets", work / "gold")}
        if len(sets) > 1:
            columns.update({name: scores(work / "datasets", SETS_DIR / name / "gold") for name in sets})
    print(table(columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
