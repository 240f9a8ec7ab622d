"""Train the money kind and subject model (`pipelines/knowledge/money_kind_model.json`) on the evaluation sets.

    python -m benchmarks.train_money_kind                       # train on every set, write the weights file
    python -m benchmarks.train_money_kind --test AV AW AX AY    # train on the others, score these: rules vs model
    python -m benchmarks.train_money_kind --cross-validate      # hold out one set (one writer) at a time

Each gold amount that the rules' extraction finds (matched as the scorer matches it) is one example: the
features `pipelines.extract.money_model.features` reads from its sentence and the rules' decision, and the gold
kind and subject. Two multinomial logistic regressions (one for kind, one for subject; L2-regularised, a fixed
number of full-batch Adam steps from zero weights) are fitted with numpy: no randomness, so the same sets give
the same file. Features seen in fewer than two examples are left out; weights are rounded to four decimals.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from pipelines.evaluate import match_money
from pipelines.extract.article import extract_article
from pipelines.extract.money_model import FEATURES_VERSION, WEIGHTS_FILE, Model, features, parse_weights
from pipelines.extract.settings import default_settings
from pipelines.read.reader import read_article

ROOT = Path(__file__).resolve().parents[1]
SETS_DIR = ROOT / "benchmarks" / "evaluation"
OUTPUT = ROOT / "pipelines" / "knowledge" / WEIGHTS_FILE

L2 = 1.0  # the penalty on the squared weights, per example
STEPS = 300
RATE = 0.05
MIN_COUNT = 2
DECIMALS = 4

Example = tuple[str, list[str], str, str, str, str]  # set, features, rules' kind, rules' subject, gold kind, subject


def available_sets() -> list[str]:
    return sorted(p.name for p in SETS_DIR.iterdir() if (p / "gold").is_dir() and (p / "corpus").is_dir())


def examples(sets: list[str]) -> list[Example]:
    """One example per gold amount (not optional) that the rules' extraction finds, in the scorer's matching."""
    settings = default_settings().replace(money_kind_model="rules", person_model="")
    found: list[Example] = []
    for name in sets:
        for gold_path in sorted((SETS_DIR / name / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = read_article(SETS_DIR / name / "corpus" / f"{gold_path.stem}.txt")
            facts = extract_article(article.text, settings)
            pairs, _, _ = match_money(gold["money"], facts.money, lambda p: p.amount, lambda p: p.currency)
            for g, p in pairs:
                if not g.get("optional"):
                    read = features(article.text, (p.char_start, p.char_end), facts.language, p.kind, p.subject)
                    found.append((name, read, p.kind, p.subject, g["kind"], g["subject"]))
    return found


def fit(rows: list[list[str]], labels: list[str]) -> dict:
    """A multinomial logistic regression over binary features, as the weights file stores it."""
    counts = Counter(f for row in rows for f in set(row))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    classes = sorted(set(labels))
    n, d, k = len(rows), len(names) + 1, len(classes)  # the last column is the bias
    columns, starts = [], [0]
    for row in rows:
        columns.extend(sorted({index[f] for f in row if f in index} | {d - 1}))
        starts.append(len(columns))
    cols, ptr = np.array(columns), np.array(starts)
    owner = np.repeat(np.arange(n), np.diff(ptr))
    target = np.zeros((n, k))
    target[np.arange(n), [classes.index(y) for y in labels]] = 1.0
    w, m, v = np.zeros((d, k)), np.zeros((d, k)), np.zeros((d, k))
    penalty = np.full((d, 1), L2 / n)
    penalty[-1] = 0.0
    for step in range(1, STEPS + 1):
        z = np.add.reduceat(w[cols], ptr[:-1], axis=0)
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        error = (p - target) / n
        grad = np.stack([np.bincount(cols, weights=error[owner, c], minlength=d) for c in range(k)], axis=1)
        grad += penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    w = np.round(w, DECIMALS) + 0.0  # + 0.0: no negative zeros in the file
    weights = {f: [float(x) for x in w[i]] for i, f in enumerate(names) if np.any(w[i])}
    return {"classes": classes, "bias": [float(x) for x in w[-1]], "weights": weights}


def train(data: list[Example], trained_on: list[str]) -> dict:
    """The content of the weights file trained on `data`."""
    rows = [e[1] for e in data]
    return {
        "about": "money kind and subject model; rebuild with: python -m benchmarks.train_money_kind",
        "features_version": FEATURES_VERSION,
        "trained_on": sorted(trained_on),
        "examples": len(data),
        "kind": fit(rows, [e[4] for e in data]),
        "subject": fit(rows, [e[5] for e in data]),
    }


def dump(content: dict) -> str:
    """The weights file's text: JSON with one feature's weights a line, keys sorted, so that a retrain diffs."""
    parts = []
    for key in sorted(content):
        value = content[key]
        if isinstance(value, dict) and "weights" in value:
            rows = ",\n".join(f"  {json.dumps(f)}: {json.dumps(w)}" for f, w in sorted(value["weights"].items()))
            head = ", ".join(f"{json.dumps(k)}: {json.dumps(value[k])}" for k in ("bias", "classes"))
            parts.append(f'{json.dumps(key)}: {{{head}, "weights": {{\n{rows}\n}}}}')
        else:
            parts.append(f"{json.dumps(key)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def correct(models: tuple[Model, Model], data: list[Example]) -> tuple[int, int, int, int]:
    """Right kinds and subjects of the rules, then of the model (which keeps the rules' reading where unsure)."""
    kind_model, subject_model = models
    return (
        sum(e[2] == e[4] for e in data),
        sum(e[3] == e[5] for e in data),
        sum(kind_model.decide(e[1], e[2]) == e[4] for e in data),
        sum(subject_model.decide(e[1], e[3]) == e[5] for e in data),
    )


def line(name: str, n: int, right: tuple[int, int, int, int]) -> str:
    rk, rs, mk, ms = right
    return (
        f"{name:<12} {n:>5}  rules kind {rk / n:.3f} subject {rs / n:.3f}  model kind {mk / n:.3f} subject {ms / n:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", help="the sets to use (default: every set)")
    parser.add_argument("--test", nargs="+", help="train on the other sets, score these; write nothing")
    parser.add_argument("--cross-validate", action="store_true", help="hold out one set at a time; write nothing")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    sets = args.sets or available_sets()
    data = examples(sorted(set(sets) | set(args.test or ())))
    if args.test:
        held = set(args.test)
        models = parse_weights(train([e for e in data if e[0] not in held], [s for s in sets if s not in held]))
        test = [e for e in data if e[0] in held]
        print(line("test", len(test), correct(models, test)))
        return 0
    if args.cross_validate:
        total = np.zeros(4, dtype=int)
        for name in sets:
            models = parse_weights(train([e for e in data if e[0] != name], [s for s in sets if s != name]))
            right = correct(models, [e for e in data if e[0] == name])
            total += right
            print(line(name, sum(e[0] == name for e in data), right), flush=True)
        print(line("all", len(data), tuple(int(x) for x in total)))
        return 0
    args.output.write_text(dump(train(data, sets)), encoding="utf-8")
    print(f"wrote {args.output} ({len(data)} examples of sets {' '.join(sets)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
