"""The corpus-level step after extraction: actors grouped into entities, ids rewritten, `entities` written.

It reads only the few columns it needs of the actors the build just wrote (all articles, extracted or
carried over), groups the distinct names (`pipelines.extract.identity`), and rewrites the actors files
row group by row group with the entity ids. Ids stay stable across builds: the last finished build's
actors say which id each (article, type, name) had, and `assign_ids` keeps them (see its rule).
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import schemas
from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.knowledge.identity_tables import states_writing
from pipelines.knowledge.money_vocabulary import currency_states, money_data
from pipelines.tables.entities import entity_rows, merge_article_rows
from pipelines.tables.files import TableWriter, conform, to_arrow

_COLUMNS = ["article_id", "actor_type", "actor_id", "name", "country", "role", "mentions", "char_start", "text"]
_PREVIOUS_KEY = ["article_id", "actor_type", "name"]


@dataclass(frozen=True, slots=True)
class IdentityResult:
    actors: int  # actor rows published
    merged: int  # actor rows folded into another row of the same entity in the same article
    entities: pa.Table


def resolve_identities(folder: Path, previous_folder: Path | None, home: str | None = None) -> IdentityResult:
    """Give every actor in `folder`'s tables its entity's id and write `entities`; `previous_folder` (the
    last finished build, or None) keeps ids stable; `home` is the corpus's reporting country."""
    table = pq.read_table(folder / "actors.parquet", columns=_COLUMNS)
    actors = table.to_pandas()
    mentions = list(map(Mention._make, zip(*(table.column(f).to_pylist() for f in Mention._fields), strict=True)))
    dates, languages, filed = {}, {}, {}
    unplaced, named = _unplaced_bodies(mentions, actors), _named_states(mentions)
    officials = _officials(mentions, actors)
    source = pq.ParquetFile(folder / "articles.parquet")
    # the texts a batch at a time: the step's memory does not grow with the corpus's text
    for batch in source.iter_batches(columns=["article_id", "publication_date", "language", "text"]):
        for row in batch.to_pylist():
            article, text = row["article_id"], row["text"] or ""
            dates[article], languages[article] = row["publication_date"], row["language"]
            filed[article] = _filed_from(text)
            for i, start, end in unplaced.get(article, ()):
                state = (
                    _city_state(text, start, end)
                    or _official_state(text, start, end, officials.get(article, ()))
                    or _letterhead_state(text, start, end)
                )
                if state is not None and state in named.get(article, ()):
                    mentions[i] = mentions[i]._replace(country=state)
    source.close()
    states = _article_states(actors, home, languages, filed, _currency_states(folder))
    groups = group_mentions(mentions, states, dates)
    previous, sizes = _previous_ids(actors, previous_folder)
    ids = assign_ids(groups, mentions, previous, sizes)
    entities = entity_rows(groups, mentions, ids, actors["text"].tolist(), actors["mentions"].tolist(), dates)
    entities = to_arrow("entities", schemas.Entities.validate(entities, lazy=True))
    with TableWriter(folder, "entities") as writer:
        writer.write(entities)
    published = _rewrite_actors(folder, ids)
    return IdentityResult(actors=published, merged=len(actors) - published, entities=entities)


def _filed_from(text: str) -> tuple[str, ...]:
    """The states a report is filed from, the dateline's place first, then its news agency's (`TOKYO (AP) --`:
    Japan, then the United States)."""
    from pipelines.extract.actors.report_home import dateline_countries  # the extractors load with a build only

    return tuple(state for state in reversed(dateline_countries(text)) if state)


def _currency_states(folder: Path) -> dict[str, str]:
    """Each article's state whose own currency most of its amounts in states' own currencies are in (a report
    quotes its own side's figures in its own money: `KSh 2.3 billion`, `P9.1 billion`, `A$150 billion`). A loan,
    aid or an investment is often in the giver's money (`giver_money_subjects`): its currency is not counted."""
    path = folder / "monetary_amounts.parquet"
    if not path.exists():
        return {}
    issuers = currency_states()
    given = set(money_data()["giver_money_subjects"])
    found: dict[str, Counter] = defaultdict(Counter)
    table = pq.read_table(path, columns=["article_id", "currency", "subject"])
    for article, currency, subject in zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True):
        if currency in issuers and subject not in given:
            found[article][issuers[currency]] += 1
    out = {}
    for article, states in found.items():
        (state, n), *rest = states.most_common(2)
        if not rest or n > rest[0][1]:
            out[article] = state
    return out


def _article_states(
    actors: pd.DataFrame,
    home: str | None,
    languages: Mapping[str, str],
    filed: Mapping[str, tuple[str, ...]],
    spends: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The state of each article's bodies that name none (`the Foreign Office said`): the corpus's reporting
    country when the article names it (a report names its own side's bodies without a state), else the state
    its dateline files it from when the article names it (`DHAKA, May 2 -- the Finance Ministry said`: the
    place's, else the news agency's), else the state whose own currency most of its amounts are in (`spends`:
    `the Treasury` of a report in shillings is Kenya's, named or not), else among the states it names one whose
    press writes the article's language (`la Cancillería` in a Spanish report on Argentina and China is
    Argentina's), else the country the article names most (first named on a tie)."""
    countries = actors[actors["actor_type"] == "country"]
    pairs = list(zip(countries["article_id"], countries["actor_id"], strict=True))
    writes = [state in states_writing(languages.get(article, "")) for article, state in pairs]
    # the dateline's place before its agency: a smaller rank is surer, and a state the dateline does not give last
    rank = [_rank(filed.get(article, ()), state) for article, state in pairs]
    countries = countries.assign(home=countries["actor_id"] == home, filed=rank, writes=writes).sort_values(
        ["article_id", "home", "filed", "writes", "mentions", "char_start"],
        ascending=[True, False, True, False, False, True],
        kind="stable",
    )
    first = countries.drop_duplicates("article_id")
    states = dict(zip(first["article_id"], first["actor_id"], strict=True))
    # the home's or the dateline's state is surer than the money's
    sure = {a for a, state in states.items() if state == home or state in filed.get(a, ())}
    states.update({a: state for a, state in (spends or {}).items() if a not in sure})
    return states


# The city a body is named with: "Dhaka's Export Promotion Bureau", "In Beijing, the Foreign Ministry said", "the
# Federal Ministry of Finance in Berlin"; a mission's city is its host's, not its own state's.
_CITY = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}"
_CITY_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<owner>{_CITY})['’]s|(?:(?<=\n)|(?<=[.!?][ \t]))In[ \t]+(?P<city>{_CITY}),)[ \t]+(?:the[ \t]+)?$"
)
_CITY_AFTER = re.compile(rf"(?:[ \t]+\([A-Z]{{2,8}}\))?[ \t]+in[ \t]+(?P<city>{_CITY})(?![\w'’-])")
_MISSIONS = re.compile(r"(?i)\b(?:embassy|consulate|high commission|mission|delegation)")
_LOOK = 60


def _unplaced_bodies(mentions: list[Mention], actors: pd.DataFrame) -> dict[str, list[tuple[int, int, int]]]:
    """Per article, the organisations named without a state and not a mission: each one's row and the span of its
    first mention. The city named with it may give its state (`_city_state`)."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for i, (mention, start, span) in enumerate(zip(mentions, actors["char_start"], actors["text"], strict=True)):
        if mention.actor_type == "organization" and not mention.country and not _MISSIONS.search(mention.name):
            out.setdefault(mention.article_id, []).append((i, int(start), int(start) + len(span or "")))
    return out


def _named_states(mentions: list[Mention]) -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.actor_type == "country":
            named.setdefault(mention.article_id, set()).add(mention.actor_id)
    return named


def _city_state(text: str, start: int, end: int) -> str | None:
    """The state of the city a body at `start:end` is named with, if any; the article must name that state too."""
    from pipelines.knowledge import city_countries  # the cities load with a build only

    found = _CITY_BEFORE.search(text, max(0, start - _LOOK), start) or _CITY_AFTER.match(text, end)
    return city_countries().get(next((g for g in found.groups() if g), "")) if found else None


def _letterhead_state(text: str, start: int, end: int) -> str | None:
    """The state of a body named alone on a line of a letterhead whose line before or after is the state's name
    (`Ministry of Foreign Affairs and Expatriates` over `Hashemite Kingdom of Jordan`, `Republic of the
    Philippines` over `DEPARTMENT OF FOREIGN AFFAIRS`): the issuer's own state. The article must name it too."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip().lower() not in ("", "the") or text[end:line_end].strip():
        return None
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", line_end + 1)
    neighbours = (text[before : max(before, line_start - 1)], text[line_end + 1 : len(text) if after < 0 else after])
    names = _state_names_folded()
    for line in neighbours:
        state = names.get(line.strip().casefold())
        if state:
            return state
    return None


@cache
def _state_names_folded() -> dict[str, str]:
    """States' names, formal ones too, in English, Spanish, French and Portuguese, folded (`REPUBLIC OF KENYA`,
    `République du Sénégal`)."""
    from pipelines.knowledge.actor_words import country_names_any_language  # the states load with a build only

    return {name.casefold(): state for name, state in country_names_any_language().items()}


def _officials(mentions: list[Mention], actors: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the persons given a state: the span of each one's first mention, and the state."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for mention, start, span in zip(mentions, actors["char_start"], actors["text"], strict=True):
        if mention.actor_type == "person" and mention.country and span:
            out.setdefault(mention.article_id, []).append((int(start), int(start) + len(span), mention.country))
    return out


# A body named as the place of an office, then its holder ("the Permanent Secretary in the Ministry of Finance,
# Dr. Jane Doe"), or a holder, then the office in the body ("Jane Doe, Director General at the Ministry of Trade").
_OFFICE_IN = re.compile(r"\b(?:in|at|of)[ \t]+the[ \t]+")
_HOLDER_AFTER = re.compile(r",[ \t]+(?:[A-Z][a-z]{0,3}\.?[ \t]+|[A-Z]\.)*")
# The office after a holder is a few words, not a clause ("who called on him at the"; "chair of the" after a
# list of offices is the chair of an international committee more often than not).
_OFFICE_AFTER_HOLDER = re.compile(
    r",[ \t]+(?!(?:who|which|whom|whose|that)\b)(?:[\w'’-]+[ \t]+){1,4}?(?:in|at|of)[ \t]+the[ \t]+"
)
_NEAR = 24  # the most characters between a body and the name of its official after it


def _official_state(text: str, start: int, end: int, officials: Sequence[tuple[int, int, str]]) -> str | None:
    """The state of the person an article names as holding an office in the body at `start:end`, if one does."""
    office_before = _OFFICE_IN.search(text, max(0, start - 12), start)
    placed = office_before is not None and office_before.end() == start
    for first, last, state in officials:
        if placed and end <= first <= end + _NEAR and _HOLDER_AFTER.fullmatch(text, end, first):
            return state
        if last <= start <= last + 80 and _OFFICE_AFTER_HOLDER.fullmatch(text, last, start):
            return state
    return None


def _rank(filed: tuple[str, ...], state: str) -> int:
    return filed.index(state) if state in filed else len(filed)


def _previous_ids(actors: pd.DataFrame, previous_folder: Path | None) -> tuple[list[str | None], dict[str, int]]:
    """The id the last build gave each actor row's (article, type, name), and each such id's row count.

    Only a build that resolved identities (it wrote `entities`) gives ids to keep."""
    path = None if previous_folder is None else previous_folder / "actors.parquet"
    if path is None or not path.exists() or not (previous_folder / "entities.parquet").exists():
        return [None] * len(actors), {}
    old = pq.read_table(path, columns=[*_PREVIOUS_KEY, "actor_id"]).to_pandas()
    sizes = old["actor_id"].value_counts().to_dict()
    old = old.drop_duplicates(_PREVIOUS_KEY).rename(columns={"actor_id": "old_id"})
    found = actors[_PREVIOUS_KEY].merge(old, on=_PREVIOUS_KEY, how="left")["old_id"]
    return found.astype(object).where(found.notna(), None).tolist(), sizes


def _rewrite_actors(folder: Path, ids: list[str]) -> int:
    """Rewrite the actors files with the entity ids, a row group (a batch of whole articles) at a time."""
    source = pq.ParquetFile(folder / "actors.parquet")
    staging = folder / ".identities"
    offset = 0
    with TableWriter(staging, "actors") as writer:
        for index in range(source.num_row_groups):
            rows = conform("actors", source.read_row_group(index))
            column = rows.schema.get_field_index("actor_id")
            values = pa.array(ids[offset : offset + rows.num_rows], rows.schema.field(column).type)
            offset += rows.num_rows
            frame = merge_article_rows(rows.set_column(column, rows.schema.field(column), values).to_pandas())
            writer.write(to_arrow("actors", frame.sort_values(schemas.SORT_KEYS["actors"], kind="stable")))
        published = writer.rows
    source.close()
    for suffix in ("parquet", "csv"):
        os.replace(staging / f"actors.{suffix}", folder / f"actors.{suffix}")
    shutil.rmtree(staging, ignore_errors=True)
    return published
