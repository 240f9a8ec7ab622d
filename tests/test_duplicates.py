import pandas as pd

from pipelines.read.duplicates import duplicates_among

STORY = (
    "ISLAMABAD: Pakistan and Kazakhstan agreed on Monday to expand cooperation in trade, energy and "
    "transport, and to launch direct flights between Almaty and Lahore before the summer. The two foreign "
    "ministers also discussed railway links through Afghanistan and a joint business council that will "
    "meet twice a year to review progress on the agreements signed during the visit. "
)


def test_exact_and_syndicated_copies_point_at_the_first_article():
    syndicated = "By Agency Staff\n" + STORY.replace("on Monday", "on Monday,") + "Copyright the agency."
    other = (
        "ANKARA: Turkey and Pakistan signed a defence industry agreement covering naval ships, drones and "
        "training, the ministry said, adding that talks on a free trade agreement would resume in March."
    )
    result = duplicates_among([("c", STORY), ("a", STORY), ("b", syndicated), ("d", other)])
    assert result == {"b": "a", "c": "a"}


def test_a_story_rewritten_in_half_its_sentences_is_not_a_duplicate():
    half = (
        STORY.split(". ")[0] + ". The ministers then flew to Tashkent for a regional summit on water, "
        "where they spoke about dams, irrigation and the shared rivers of the region with their hosts."
    )
    assert duplicates_among([("a", STORY), ("b", half)]) == {}
    assert duplicates_among([("a", "short text"), ("b", "another short text")]) == {}


def test_ingest_finds_duplicates_with_cached_signatures_and_spares_rehashing(tmp_path):
    from pipelines.read.duplicates import SIGNATURE_VERSION, signature
    from pipelines.read.reader import SourceArticle
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import duplicates_path, ingest

    syndicated = "By Agency Staff\n" + STORY + "Copyright the agency."
    other = "ANKARA: an unrelated story about naval ships and drones, said the ministry."
    for name, text in {"a": STORY, "b": syndicated, "c": other}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    with FactCache(tmp_path / "cache.sqlite", SIGNATURE_VERSION, kind="signatures") as cache:
        first = ingest(tmp_path, tmp_path / "raw.parquet", cache)
        assert (len(cache), first.signatures_computed) == (3, 3)
        # A cached signature is used instead of hashing: b now carries c's, so c reads as b's copy.
        b_sha = SourceArticle("b", "b.txt", syndicated, "utf-8").sha256
        cache.put_many({b_sha: signature(other)})
        second = ingest(tmp_path, tmp_path / "again" / "raw.parquet", cache)  # no earlier ingest there
    assert (first.duplicates, second.duplicates, second.signatures_computed) == (1, 1, 0)
    assert pd.read_parquet(duplicates_path(tmp_path / "raw.parquet")).values.tolist() == [["b", "a"]]
    assert pd.read_parquet(duplicates_path(tmp_path / "again" / "raw.parquet")).values.tolist() == [["c", "b"]]


def _datasketch_duplicates(articles, threshold=0.8):
    """The reference: datasketch's own LSH index, as find_duplicates used before it indexed plain arrays."""
    from datasketch import MinHashLSH

    from pipelines.read.duplicates import NUM_PERM, _minhash

    lsh, hashes, first_of_text, duplicate_of = MinHashLSH(threshold=threshold, num_perm=NUM_PERM), {}, {}, {}
    for article_id, text in sorted(articles):
        if text in first_of_text:
            duplicate_of[article_id] = first_of_text[text]
            continue
        first_of_text[text] = article_id
        m = _minhash(text)
        similar = sorted(c for c in lsh.query(m) if hashes[c].jaccard(m) >= threshold)
        if similar:
            duplicate_of[article_id] = similar[0]
            continue
        lsh.insert(article_id, m)
        hashes[article_id] = m
    return duplicate_of


def test_the_array_index_finds_what_datasketchs_index_finds():
    import random

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(400)]
    articles = []
    for story in range(25):
        words = rng.choices(vocabulary, k=120)
        for rate in (0.0, 0.01, 0.02, 0.03, 0.05):  # share of words replaced: near duplicates or not
            edited = [rng.choice(vocabulary) if rng.random() < rate else w for w in words]
            articles.append((f"{rng.randrange(10_000):05d}-{story}-{rate}", " ".join(edited)))
    expected = _datasketch_duplicates(articles)
    assert 25 < len(expected) < 100  # some copies are near duplicates, some are not
    assert duplicates_among(articles) == expected


def test_a_resumed_search_finds_what_a_fresh_search_finds_and_searches_only_from_the_first_change(tmp_path):
    from pipelines.read.duplicates import SIGNATURE_VERSION
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import duplicates_path, ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    other = "ANKARA: an unrelated story about naval ships and drones for the navy, said the ministry on Monday."
    for name, text in {"b": STORY, "c": "By Agency Staff\n" + STORY, "d": other}.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")

    def links(raw):
        return sorted(pd.read_parquet(duplicates_path(raw)).values.tolist())

    changes = [  # (file, new text or None to remove it, articles the resumed search looks at)
        ("e", other + " Copied.", 1),  # added last: a copy of d
        ("e", None, 0),  # removed last
        ("a", STORY, 4),  # added first: the story's first article now
        ("c", None, 1),  # removed in the middle: d is searched again
        ("d", "Rice exports and farming in Punjab grew, the ministers said after their talks.", 1),  # changed
        (None, None, 0),  # nothing changed
    ]
    kept = tmp_path / "kept" / "raw.parquet"
    with FactCache(tmp_path / "signatures.sqlite", SIGNATURE_VERSION, kind="signatures") as cache:
        assert ingest(corpus, kept, cache).articles_searched == 3
        for step, (name, text, searched) in enumerate(changes):
            if name and text is None:
                (corpus / f"{name}.txt").unlink()
            elif name:
                (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
            resumed = ingest(corpus, kept, cache)
            fresh = tmp_path / f"fresh_{step}" / "raw.parquet"
            ingest(corpus, fresh, cache)
            assert (step, links(kept)) == (step, links(fresh))
            assert (step, resumed.articles_searched) == (step, searched)
    assert links(kept) == [["b", "a"]]


def test_an_index_that_does_not_belong_to_the_links_file_is_not_resumed(tmp_path):
    import shutil

    from pipelines.read.duplicates import SIGNATURE_VERSION
    from pipelines.runtime.cache import FactCache
    from pipelines.runtime.ingest import duplicates_path, ingest

    for name, text in {"a": STORY, "b": STORY + " Copied."}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    kept, other = tmp_path / "kept" / "raw.parquet", tmp_path / "other" / "raw.parquet"
    with FactCache(tmp_path / "signatures.sqlite", SIGNATURE_VERSION, kind="signatures") as cache:
        ingest(tmp_path, kept, cache)
        ingest(tmp_path, other, cache)
        shutil.copyfile(duplicates_path(other), duplicates_path(kept))  # e.g. a crash between the two moves
        assert ingest(tmp_path, kept, cache).articles_searched == 2
        duplicates_path(kept).write_bytes(b"not parquet")
        assert ingest(tmp_path, kept, cache).articles_searched == 2
