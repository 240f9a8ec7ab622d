"""Identity across articles: name keys, grouping into entities, stable ids, and the entities table."""

import csv
from datetime import date
from importlib import resources

import pandas as pd
import pytest

import schemas
from pipelines.extract.identity import Mention, assign_ids, group_mentions
from pipelines.extract.name_keys import body_key, person_key
from tests.conftest import PUBLISHED, assert_knowledge_csv

KNOWLEDGE_FILES = {
    "name_variants.csv": (["canonical", "variant"], ["variant"]),
    "honorifics.csv": (["honorific"], ["honorific"]),
    "body_synonyms.csv": (["phrase", "body"], ["phrase"]),
    "body_states.csv": (["phrase", "state"], ["phrase"]),
    "government_heads.csv": (["word"], ["word"]),
    "entity_aliases.csv": (["alias", "country", "canonical"], ["alias", "country"]),
}


@pytest.mark.parametrize("name", sorted(KNOWLEDGE_FILES))
def test_identity_tables_have_their_columns_unique_keys_and_no_blank_rows(name):
    assert_knowledge_csv(name, *KNOWLEDGE_FILES[name])


def test_name_variants_never_map_a_canonical_spelling_elsewhere():
    with resources.files("pipelines.knowledge").joinpath("name_variants.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert not {r["canonical"] for r in rows} & {r["variant"] for r in rows}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohamed Salah Bakri", "Muhammad Salah Bakri"),
        ("Shahbaz Tariq", "Shehbaz Tariq"),
        ("Aleksandr Petrov", "Alexander Petrov"),
        ("Tariq Mehmood", "Tariq Mahmood"),
        ("Ayşe Yılmazoğlu", "Ayse Yilmazoglu"),
        ("Dr. Omar Hassan", "Omar Hasan"),
        ("Rashid al-Tamimi", "Rashid Al Tamimi"),
        ("Zia-ul-Rauf Bhatti", "Ziaul Rauf Bhatti"),
        ("Khalid O’Neill", "Khalid O'Neill"),
        ("Мария Смирнова", "Mariya Smirnova"),
    ],
)
def test_spellings_of_one_name_have_one_key(a, b):
    assert person_key(a) == person_key(b)


def test_different_given_names_keep_different_keys():
    assert person_key("Nawaz Sharif") != person_key("Shehbaz Sharif")
    assert person_key("Hassan Ali") != person_key("Hussain Ali")


def test_a_generic_body_is_keyed_by_its_state_and_a_named_one_by_its_name():
    assert body_key("Pakistan Foreign Office") == body_key("Pakistani Ministry of Foreign Affairs")
    assert body_key("Japanese Foreign Ministry").state == "JPN"
    assert body_key("Commerce Ministry").body == body_key("Ministry of Commerce").body
    assert body_key("Commerce Ministry").generic and body_key("Commerce Ministry").state is None
    assert not body_key("Pakistan Railways").generic


def _m(article, name, actor_type="person", country="PAK", role=None, actor_id=None):
    return Mention(article, actor_type, actor_id or name, name, country, role)


def _groups(mentions, states=None, dates=None):
    groups = group_mentions(mentions, states or {}, dates)
    ids = assign_ids(groups, mentions, [None] * len(mentions), {})
    return ids


def test_forms_of_one_person_are_one_entity_and_another_person_of_the_family_is_not():
    mentions = [
        _m("a1", "Muhammad Shehbaz Sharif"),
        _m("a2", "Shahbaz Sharif"),
        _m("a3", "Mian Shehbaz Sharif"),
        _m("a4", "Nawaz Sharif"),
        _m("a5", "Muhammad Nawaz Sharif"),
    ]
    ids = _groups(mentions)
    assert ids[0] == ids[1] == ids[2] != ids[3]
    assert ids[3] == ids[4]


def test_a_surname_alone_joins_the_one_person_of_that_name_and_stays_apart_when_two_fit():
    alone = [_m("a1", "Ilham Aliyev", country="AZE"), _m("a2", "Aliyev", country="AZE")]
    ids = _groups(alone)
    assert ids[0] == ids[1]
    two = [_m("a1", "Nawaz Sharif", role="Prime Minister"), _m("a2", "Shehbaz Sharif", role="Prime Minister")]
    ids = _groups([*two, _m("a3", "Sharif")])
    assert len(set(ids)) == 3


def test_a_surname_that_fits_two_persons_goes_to_the_one_of_its_time():
    dates = {"a1": date(2015, 3, 1), "a2": date(2023, 5, 1), "a3": date(2023, 9, 1)}
    mentions = [_m("a1", "Nawaz Sharif"), _m("a2", "Shehbaz Sharif"), _m("a3", "Sharif")]
    ids = _groups(mentions, dates=dates)
    assert ids[2] == ids[1] != ids[0]


def test_a_feminine_surname_is_another_person():
    ids = _groups([_m("a1", "Rustam Karimov", country="UZB"), _m("a2", "Karimova", country="UZB")])
    assert ids[0] != ids[1]
    ids = _groups([_m("a1", "Rustam Temirbekov", country="KAZ"), _m("a2", "Temirbekov", country="KAZ")])
    assert ids[0] == ids[1]


def test_an_honorific_that_is_part_of_a_two_word_name_stays():
    assert person_key("Sheikh Rahima") == ("sheikh", "rahima")
    assert person_key("Sheikh Rahima Begum") == ("rahima", "begum")
    ids = _groups([_m("a1", "Sheikh Rahima", country="BGD"), _m("a2", "Rahima", country="BGD")])
    assert ids[0] == ids[1]


def test_a_surname_does_not_cross_countries():
    ids = _groups([_m("a1", "Ilham Aliyev", country="AZE"), _m("a2", "Aliyev", country="RUS")])
    assert ids[0] != ids[1]


def test_names_contained_in_two_different_persons_stay_apart():
    mentions = [
        _m("a1", "Khalifa bin Zayed Al Nahyan", country="ARE"),
        _m("a2", "Mohammed bin Zayed Al Nahyan", country="ARE"),
        _m("a3", "Zayed Al Nahyan", country="ARE"),
    ]
    ids = _groups(mentions)
    assert len(set(ids)) == 3


def test_foreign_offices_of_two_states_are_two_actors_and_one_states_forms_are_one():
    org = "organization"
    mentions = [
        _m("a1", "Foreign Office", org, "PAK"),
        _m("a2", "Pakistani Ministry of Foreign Affairs", org, "PAK"),
        _m("a3", "Foreign Ministry", org, None),
        _m("a4", "Ministry of Finance", org, None),
        _m("a5", "Finance Ministry", org, None),
    ]
    ids = _groups(mentions, states={"a3": "TUR", "a4": "PAK", "a5": "EGY"})
    assert ids[0] == ids[1] != ids[2]
    assert ids[3] != ids[4]
    assert ids[2] == "TUR/ministry-of-foreign-affairs"


def test_an_acronym_joins_the_one_body_of_its_state_with_those_initials():
    org = "organization"
    mentions = [_m("a1", "Maritime Shipping Directorate", org, "PAK"), _m("a2", "MSD", org, "PAK")]
    ids = _groups(mentions)
    assert ids[0] == ids[1]
    ids = _groups([*mentions, _m("a3", "Marine Survey Department", org, "PAK")])
    assert ids[1] not in (ids[0], ids[2])


def test_an_added_article_keeps_existing_ids_unless_it_merges_two():
    first = [_m("a1", "Tariq Jamil"), _m("a2", "Tariq Jameel"), _m("a3", "Sadia Rauf")]
    before = assign_ids(group_mentions(first, {}), first, [None] * 3, {})
    # a4 names the first person more fully: a build from scratch would name him after that form.
    added = [*first, _m("a4", "Muhammad Tariq Jamil")]
    groups = group_mentions(added, {})
    from_scratch = assign_ids(groups, added, [None] * 4, {})
    kept = assign_ids(groups, added, [*before, None], {i: 1 for i in before})
    assert kept[:3] == before and kept[3] == kept[0]
    assert from_scratch[0] == "person:muhammad-tariq-jamil" != before[0]


def test_when_an_article_merges_two_entities_the_one_with_more_rows_keeps_its_id():
    mentions = [_m("a1", "Ishaq Dar"), _m("a2", "Ishaq Dar"), _m("a3", "Muhammad Ishaq Dar")]
    previous = ["person:ishaq-dar", "person:ishaq-dar", "person:muhammad-ishaq-dar"]
    groups = group_mentions(mentions, {})
    ids = assign_ids(groups, mentions, previous, {"person:ishaq-dar": 2, "person:muhammad-ishaq-dar": 1})
    assert set(ids) == {"person:ishaq-dar"}


def test_the_published_entities_cover_every_actor_once():
    actors = pd.read_parquet(PUBLISHED / "actors.parquet")
    entities = pd.read_parquet(PUBLISHED / "entities.parquet")
    schemas.Entities.validate(entities)
    assert entities["actor_id"].is_unique
    assert set(actors["actor_id"]) == set(entities["actor_id"])  # actors.actor_id references entities
    counts = actors.groupby("actor_id")["article_id"].nunique()
    assert (entities.set_index("actor_id")["articles"] == counts.reindex(entities["actor_id"])).all()


def test_a_refresh_with_an_added_article_keeps_every_published_id(tmp_path):
    from pipelines.runtime.build import build_tables
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import ingest
    from pipelines.tables.rows import to_frame
    from tests.conftest import SEEDS

    corpus, raw, tables = tmp_path / "corpus", tmp_path / "raw.parquet", tmp_path / "tables"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    with FactCache(tmp_path / "cache.sqlite", "v") as cache:
        runs = []
        for path in (seeds[2], seeds[4]):
            (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            ingest(corpus, raw)
            build_tables(raw, tables, to_frame("quarantine", []), cache)
            runs.append(pd.read_parquet(tables / "actors.parquet")[["article_id", "actor_id"]])
    before, after = runs
    assert set(after["actor_id"]) == set(pd.read_parquet(tables / "entities.parquet")["actor_id"])
    kept = before.merge(after, on=["article_id", "actor_id"], how="left", indicator=True)
    assert (kept["_merge"] == "both").all()


def test_two_rows_of_one_article_that_are_one_entity_become_one_row():
    from pipelines.tables.entities import merge_article_rows

    text = "The Foreign Office said the Pakistan Foreign Office would reply."
    rows = [
        ("a1", "PAK/ministry-of-foreign-affairs", "Pakistan Foreign Office", "PAK", 1, 28, "Pakistan Foreign Office"),
        ("a1", "PAK/ministry-of-foreign-affairs", "Foreign Office", None, 2, 4, "Foreign Office"),
        ("a1", "PAK", "Pakistan", "PAK", 1, 28, "Pakistan"),
    ]
    actors = pd.DataFrame(
        [
            {
                "article_id": a,
                "actor_id": i,
                "name": n,
                "actor_type": "country" if i == "PAK" else "organization",
                "country": c,
                "role": None,
                "mentions": m,
                "char_start": s,
                "char_end": s + len(t),
                "text": t,
            }
            for a, i, n, c, m, s, t in rows
        ]
    )
    merged = schemas.Actors.validate(merge_article_rows(actors))
    body = merged[merged["actor_id"] == "PAK/ministry-of-foreign-affairs"].iloc[0]
    assert len(merged) == 2
    assert (body["name"], body["country"], body["mentions"], body["text"]) == (
        "Pakistan Foreign Office",
        "PAK",
        3,
        "Foreign Office",
    )
    assert text[body["char_start"] : body["char_end"]] == body["text"]


def test_looking_up_names_that_share_common_words_stays_linear():
    from pipelines.extract.identity import Group, PersonIndex

    # Every given name is shared by 40 entities and every surname by 40: a look-up by one word would scan
    # 40 entities per name (1,600 x 40); by the rarest pair of words it scans the one entity holding both.
    names = [(f"given{i:02d}", f"surname{j:02d}") for i in range(40) for j in range(40)]
    index = PersonIndex()
    for words in names:
        index.add(Group("person", " ".join(words), words))
    found = [index.holding(words) for words in names]
    assert all(len(groups) == 1 and groups[0].words == words for groups, words in zip(found, names, strict=True))
    assert index.scanned <= 2 * len(names)


def test_a_known_body_named_as_an_article_writes_it_keeps_its_identity():
    # One article names the bank in full; another only as `China's Exim bank`, which extraction knew by its id.
    full = _m("a1", "Export-Import Bank of China", "organization", "CHN", actor_id="china-exim")
    as_written = _m("a2", "Exim bank", "organization", "CHN", actor_id="china-exim")
    ids = _groups([full, as_written])
    assert ids[0] == ids[1]
