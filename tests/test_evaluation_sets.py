"""The evaluation sets of `python -m benchmarks.quality`: every article has gold in the guidelines' format."""

import json
import re

import pytest

from benchmarks.quality import SETS_DIR, available_sets, main
from pipelines.evaluate import norm
from schemas.vocabularies import ACTOR_TYPES, DATE_GRANULARITIES, MONEY_KINDS, MONEY_SUBJECTS, SECTOR_CODES

ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
ARTICLES = [path for name in available_sets() for path in sorted((SETS_DIR / name / "corpus").glob("*.txt"))]


def gold_problems(text: str, gold: dict) -> list[str]:
    """What in `gold` breaks the format, or names a span the article does not contain."""
    body = f" {norm(text)} "
    problems = [
        f"missing {key}" for key in ("publication_date", "title", "dates", "actors", "money") if key not in gold
    ]
    spans = [("date", d["text"]) for d in gold.get("dates", [])] + [("money", m["text"]) for m in gold.get("money", [])]
    problems += [f"{what} not in the article: {span!r}" for what, span in spans if f" {norm(span)} " not in body]
    for a in gold.get("actors", []):
        names = [a.get("name"), *a.get("aliases", [])]
        if a["type"] != "country" and not any(n and f" {norm(n)} " in body for n in names):
            problems.append(f"actor not in the article: {a.get('name')!r}")
    values = [("actor type", a["type"], ACTOR_TYPES) for a in gold.get("actors", [])]
    values += [("granularity", d["granularity"], DATE_GRANULARITIES) for d in gold.get("dates", [])]
    values += [("sector", code, SECTOR_CODES) for code in [*gold.get("sectors", []), *gold.get("optional_sectors", [])]]
    values += [("money kind", m["kind"], MONEY_KINDS) for m in gold.get("money", [])]
    values += [("money subject", m["subject"], MONEY_SUBJECTS) for m in gold.get("money", [])]
    problems += [f"{what} {value!r}" for what, value, allowed in values if value not in allowed]
    dates = [d.get(k) for d in gold.get("dates", []) for k in ("start", "end")]
    problems += [f"date {value!r}" for value in dates if value is not None and not ISO_DATE.fullmatch(value)]
    return problems


def test_there_are_sets_and_each_article_has_its_gold():
    assert len(available_sets()) >= 6 and len(ARTICLES) >= 6 * 24
    for name in available_sets():
        texts = {p.stem for p in (SETS_DIR / name / "corpus").glob("*.txt")}
        golds = {p.stem for p in (SETS_DIR / name / "gold").glob("*.json")}
        assert texts == golds, name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_is_in_the_guidelines_format_and_names_spans_of_its_article(article):
    gold = json.loads((article.parent.parent / "gold" / f"{article.stem}.json").read_text(encoding="utf-8"))
    assert gold["article_id"] == article.stem
    assert gold_problems(article.read_text(encoding="utf-8"), gold) == []


def test_gold_problems_finds_a_span_the_article_lacks():
    gold = {"publication_date": None, "title": None, "actors": [], "dates": [], "money": []}
    gold["money"] = [{"text": "$5 billion", "kind": "pledge", "subject": "trade"}]
    assert gold_problems("They agreed on $4 billion.", gold) == [
        "money not in the article: '$5 billion'",
        "money kind 'pledge'",
    ]


def test_an_unknown_set_is_one_line_error(capsys):
    assert main(["--sets", "no-such-set"]) == 2
    assert capsys.readouterr().err.startswith("error: no evaluation set no-such-set")
