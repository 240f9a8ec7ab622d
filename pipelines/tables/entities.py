"""Actors with corpus-wide ids: an article's rows of one entity made one, and the `entities` table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

import schemas
from pipelines.extract.identity import Group, Mention, canonical_name
from pipelines.tables.rows import to_frame

_ACTOR_ID = {"article_id", "actor_id"}


def merge_article_rows(actors: pd.DataFrame) -> pd.DataFrame:
    """One row per (article_id, actor_id): two rows of an article that are one entity (`Foreign Office`,
    `Pakistan Foreign Office`) become one with their mentions added, the first mention's offsets and text,
    the fullest name, and the first role and country given."""
    duplicated = actors.duplicated(["article_id", "actor_id"], keep=False)
    if not duplicated.any():
        return actors
    same = actors[duplicated].sort_values(["article_id", "actor_id", "char_start"], kind="stable")
    merged = []
    for _, rows in same.groupby(["article_id", "actor_id"], sort=True):
        first = rows.iloc[0].copy()
        first["name"] = max(rows["name"], key=lambda n: (len(n), n))
        first["mentions"] = rows["mentions"].sum()
        for column in ("role", "country"):
            given = rows[column].dropna()
            first[column] = given.iloc[0] if len(given) else None
        merged.append(first)
    out = pd.concat([actors[~duplicated], pd.DataFrame(merged)], ignore_index=True)
    return out.sort_values(schemas.SORT_KEYS["actors"], kind="stable").reset_index(drop=True)


def entity_rows(
    groups: Sequence[Group],
    mentions: Sequence[Mention],
    ids: Sequence[str],
    texts: Sequence[str],
    counts: Sequence[int],
    dates: Mapping[str, object],
) -> pd.DataFrame:
    """One row per entity: `texts[i]` and `counts[i]` are mention i's first mention and number of mentions,
    `dates` each article's publication date."""
    rows = []
    for group in groups:
        members = group.members
        articles = {mentions[i].article_id for i in members}
        days = sorted(d for d in (dates.get(a) for a in articles) if d is not None)
        countries = Counter(mentions[i].country for i in members if mentions[i].country)
        rows.append(
            {
                "actor_id": ids[members[0]],
                "name": canonical_name(group, mentions),
                "actor_type": group.actor_type,
                "country": group.state or (min(countries, key=lambda c: (-countries[c], c)) if countries else None),
                "aliases": " | ".join(sorted({mentions[i].name for i in members} | {texts[i] for i in members})),
                "first_date": days[0] if days else None,
                "last_date": days[-1] if days else None,
                "articles": len(articles),
                "mentions": int(sum(counts[i] for i in members)),
            }
        )
    frame = to_frame("entities", rows)
    return frame.sort_values(schemas.SORT_KEYS["entities"], kind="stable").reset_index(drop=True)
