"""Score published datasets against gold annotations in the format of the annotation guidelines.

Gold: one `<article_id>.json` per article (dates, actors, sectors, money; items may be `optional`).
Only articles present in the gold folder are scored; with a corpus folder, every row's offsets are checked.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from pathlib import Path

import pandas as pd

DATASETS = ("articles", "dates", "actors", "sectors", "monetary_amounts")


def load(folder: Path, name: str) -> pd.DataFrame:
    for suffix, reader in ((".parquet", pd.read_parquet), (".csv", pd.read_csv)):
        path = folder / f"{name}{suffix}"
        if path.exists():
            return reader(path)
    return pd.DataFrame()


def norm(text) -> str:
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    return " ".join(text.split())


def iso(value) -> str | None:
    if value is None or value is pd.NaT:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return pd.Timestamp(value).date().isoformat()


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def row(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }


class Accuracy:
    def __init__(self):
        self.right = self.total = 0

    def add(self, ok: bool):
        self.total += 1
        self.right += bool(ok)

    def row(self):
        return {
            "right": self.right,
            "total": self.total,
            "accuracy": round(self.right / self.total, 4) if self.total else None,
        }


def overlaps(a, b) -> bool:
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def distinct(items, key):
    """One item per key; an item is optional only if every item with its key is."""
    out = {}
    for it in items:
        k = key(it)
        if k in out:
            out[k] = {**out[k], "optional": out[k].get("optional") and it.get("optional")}
        else:
            out[k] = dict(it)
    return list(out.values())


def match(golds, preds, same):
    """Greedy one-to-one matching. Returns (pairs, unmatched preds, unmatched golds)."""
    left = list(golds)
    pairs, extra = [], []
    for p in preds:
        hit = next((g for g in left if same(g, p)), None)
        if hit is None:
            extra.append(p)
        else:
            left.remove(hit)
            pairs.append((hit, p))
    return pairs, extra, left


def count(pairs, extra, left):
    tp = sum(1 for g, _ in pairs if not g.get("optional"))
    fp = len(extra)
    fn = sum(1 for g in left if not g.get("optional"))
    return tp, fp, fn


def rows_of(df, article_id):
    if df.empty or "article_id" not in df:
        return []
    return df[df["article_id"].astype(str) == article_id].to_dict("records")


def actor_names(g):
    return {norm(g["name"]), *(norm(a) for a in g.get("aliases", []))}


def same_actor(g, p):
    if norm(p.get("actor_type")) != g["type"]:
        return False
    if g["type"] == "country":
        return norm(p.get("country")) == norm(g["country"]) or norm(p.get("name")) in actor_names(g)
    return norm(p.get("name")) in actor_names(g)


def role_ok(gold_role, pred_role) -> bool:
    wanted = gold_role if isinstance(gold_role, list) else [gold_role]
    got = norm(pred_role)
    return bool(got) and any(norm(w) == got or norm(w) in got or got in norm(w) for w in wanted if w)


def close(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1.0)


PRF_FACTS = ("date_mentions", "date_values", "actors", "persons", "countries", "organizations", "sectors", "money")
ACCURACY_FACTS = ("publication_date", "title", "url", "person_role", "person_country", "money_kind", "money_subject")


def score(datasets: Path, gold_dir: Path, corpus: Path | None) -> dict:
    data = {name: load(datasets, name) for name in DATASETS}
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    t = {k: Tally() for k in PRF_FACTS}
    acc = {k: Accuracy() for k in ACCURACY_FACTS}
    misses: dict[str, dict] = {}
    for aid, g in golds.items():
        _score_metadata(g, rows_of(data["articles"], aid), acc)
        misses[aid] = {
            "dates": _score_dates(g, rows_of(data["dates"], aid), t),
            "actors": _score_actors(g, rows_of(data["actors"], aid), t, acc),
            "sectors": _score_sectors(g, rows_of(data["sectors"], aid), t),
            "money": _score_money(g, rows_of(data["monetary_amounts"], aid), t, acc),
        }
    return {
        "articles_scored": len(golds),
        "datasets_found": [n for n in DATASETS if not data[n].empty],
        "prf": {k: v.row() for k, v in t.items()},
        "accuracy": {k: v.row() for k, v in acc.items()},
        "provenance_exact": _provenance(data, golds, corpus).row(),
        "errors": misses,
    }


def _score_metadata(g: dict, articles: list[dict], acc: dict[str, Accuracy]) -> None:
    a = articles[0] if articles else {}
    if not g.get("publication_date_optional"):
        acc["publication_date"].add(iso(a.get("publication_date")) == g.get("publication_date"))
    acc["title"].add(norm(a.get("title")) == norm(g.get("title")))
    acc["url"].add(norm(a.get("url")) == norm(g.get("url")))


def _score_dates(g: dict, pdates: list[dict], t: dict[str, Tally]) -> dict:
    # mentions: distinct texts per article, so repeating a mention neither helps nor hurts
    gm = distinct(g["dates"], lambda d: norm(d["text"]))
    pm = distinct([{"text": p.get("text")} for p in pdates], lambda d: norm(d["text"]))
    pairs, extra, left = match(gm, pm, lambda gd, pd_: overlaps(gd["text"], pd_["text"]))
    t["date_mentions"].add(*count(pairs, extra, left))
    # values: distinct (start, end) per article; a value found only for an optional mention is ignored
    gv = distinct([d for d in g["dates"] if d.get("start")], lambda d: (d["start"], d["end"]))
    optional_texts = [d["text"] for d in g["dates"] if d.get("optional")]
    by_value: dict[tuple, list] = {}
    for p in pdates:
        key = (iso(p.get("date_start")), iso(p.get("date_end")))
        if key[0]:
            by_value.setdefault(key, []).append(p.get("text"))
    pv = [{"start": k[0], "end": k[1], "texts": v} for k, v in by_value.items()]
    pairs, extra, left = match(gv, pv, lambda gd, pd_: (gd["start"], gd["end"]) == (pd_["start"], pd_["end"]))
    extra = [p for p in extra if not all(any(overlaps(o, x) for o in optional_texts) for x in p["texts"])]
    t["date_values"].add(*count(pairs, extra, left))
    return {
        "missed": [f"{d['text']} {d['start']}..{d['end']}" for d in left if not d.get("optional")],
        "extra": [f"{'/'.join(map(str, p['texts']))} {p['start']}..{p['end']}" for p in extra],
    }


def _score_actors(g: dict, pact: list[dict], t: dict[str, Tally], acc: dict[str, Accuracy]) -> dict:
    pairs, extra, left = match(g["actors"], pact, same_actor)
    t["actors"].add(*count(pairs, extra, left))
    for kind, key in (("person", "persons"), ("country", "countries"), ("organization", "organizations")):
        t[key].add(
            *count(
                [x for x in pairs if x[0]["type"] == kind],
                [p for p in extra if norm(p.get("actor_type")) == kind],
                [x for x in left if x["type"] == kind],
            )
        )
    for gd, pd_ in pairs:
        if gd["type"] == "person" and not gd.get("optional"):
            acc["person_role"].add(role_ok(gd.get("role"), pd_.get("role")))
            acc["person_country"].add(norm(gd.get("country")) == norm(pd_.get("country")))
    return {
        "missed": [f"{x['type']}:{x['name']}" for x in left if not x.get("optional")],
        "extra": [f"{p.get('actor_type')}:{p.get('name')}" for p in extra],
    }


def _score_sectors(g: dict, psectors: list[dict], t: dict[str, Tally]) -> dict:
    psec = {norm(p.get("sector")) for p in psectors}
    gsec = set(g["sectors"])
    opt = set(g.get("optional_sectors", []))
    t["sectors"].add(len(psec & gsec), len(psec - gsec - opt), len(gsec - psec))
    return {"missed": sorted(gsec - psec), "extra": sorted(psec - gsec - opt)}


def match_money(gold: list[dict], predicted: list, amount, currency):
    """`match` of gold amounts and predictions (read by the `amount` and `currency` functions) as the scorer counts
    them: one fact per (amount, currency), so repeated predictions of the same fact are not penalised."""
    seen, uniq = set(), []
    for p in predicted:
        key = (round(float(amount(p) or 0), 2), norm(currency(p)))
        if key not in seen:
            seen.add(key)
            uniq.append(p)
    return match(gold, uniq, lambda g, p: close(g["amount"], amount(p)) and norm(currency(p)) == norm(g["currency"]))


def _score_money(g: dict, pmon: list[dict], t: dict[str, Tally], acc: dict[str, Accuracy]) -> dict:
    pairs, extra, left = match_money(g["money"], pmon, lambda p: p.get("amount"), lambda p: p.get("currency"))
    t["money"].add(*count(pairs, extra, left))
    for gd, pd_ in pairs:
        if not gd.get("optional"):
            acc["money_kind"].add(norm(pd_.get("kind")) == gd["kind"])
            acc["money_subject"].add(norm(pd_.get("subject")) == gd["subject"])
    return {
        "missed": [x["text"] for x in left if not x.get("optional")],
        "extra": [f"{p.get('text')}={p.get('amount')} {p.get('currency')}" for p in extra],
    }


def _provenance(data: dict[str, pd.DataFrame], golds: dict, corpus: Path | None) -> Accuracy:
    """Of every scored row with offsets: does the corpus text at its offsets equal its text?"""
    provenance = Accuracy()
    if corpus is None:
        return provenance
    texts = {p.stem: p.read_text(encoding="utf-8", errors="replace") for p in corpus.glob("*.txt")}
    for name in ("dates", "monetary_amounts", "actors", "sectors"):
        df = data[name]
        if df.empty or not {"char_start", "char_end", "text"} <= set(df.columns):
            continue
        for row in df[df["article_id"].astype(str).isin(golds)].to_dict("records"):
            body = texts.get(str(row["article_id"]), "")
            try:
                s, e = int(row["char_start"]), int(row["char_end"])
            except (TypeError, ValueError):
                provenance.add(False)
                continue
            provenance.add(body[s:e] == str(row["text"]))
    return provenance


def format_report(report: dict, errors: bool = False) -> str:
    """The report as the tables `score.py` prints."""
    lines = [
        f"articles scored: {report['articles_scored']}; "
        f"datasets found: {', '.join(report['datasets_found']) or 'none'}",
        f"{'facts':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
    ]
    for k, r in report["prf"].items():
        lines.append(
            f"{k:<16}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['tp']:>6}{r['fp']:>6}{r['fn']:>6}"
        )
    for k, r in {**report["accuracy"], "provenance_exact": report["provenance_exact"]}.items():
        shown = "n/a" if r["accuracy"] is None else f"{r['accuracy']:.3f}"
        lines.append(f"{k:<16}{shown:>7}  ({r['right']}/{r['total']})")
    if errors:
        for aid, kinds in report["errors"].items():
            for kind, e in kinds.items():
                if e["missed"] or e["extra"]:
                    lines.append(f"{aid} {kind}: missed {e['missed']} extra {e['extra']}")
    return "\n".join(lines)
