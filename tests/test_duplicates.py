import pandas as pd

from pipelines.duplicates import duplicates_among

STORY = ("ISLAMABAD: Pakistan and Kazakhstan agreed on Monday to expand cooperation in trade, energy and "
         "transport, and to launch direct flights between Almaty and Lahore before the summer. The two foreign "
         "ministers also discussed railway links through Afghanistan and a joint business council that will "
         "meet twice a year to review progress on the agreements signed during the visit. ")


def test_exact_and_syndicated_copies_point_at_the_first_article():
    syndicated = "By Agency Staff\n" + STORY.replace("on Monday", "on Monday,") + "Copyright the agency."
    other = ("ANKARA: Turkey and Pakistan signed a defence industry agreement covering naval ships, drones and "
             "training, the ministry said, adding that talks on a free trade agreement would resume in March.")
    result = duplicates_among([("c", STORY), ("a", STORY), ("b", syndicated), ("d", other)])
    assert result == {"b": "a", "c": "a"}


def test_a_story_rewritten_in_half_its_sentences_is_not_a_duplicate():
    half = STORY.split(". ")[0] + ". The ministers then flew to Tashkent for a regional summit on water, " \
        "where they spoke about dams, irrigation and the shared rivers of the region with their hosts."
    assert duplicates_among([("a", STORY), ("b", half)]) == {}
    assert duplicates_among([("a", "short text"), ("b", "another short text")]) == {}


def test_ingest_finds_duplicates_with_cached_signatures_and_spares_rehashing(tmp_path):
    from pipelines.cache import FactCache
    from pipelines.duplicates import SIGNATURE_VERSION, signature
    from pipelines.ingest import duplicates_path, ingest
    from pipelines.reader import SourceArticle

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
        second = ingest(tmp_path, tmp_path / "raw_again.parquet", cache)  # no earlier ingest: files are read
    assert (first.duplicates, second.duplicates, second.signatures_computed) == (1, 1, 0)
    assert pd.read_parquet(duplicates_path(tmp_path / "raw.parquet")).values.tolist() == [["c", "b"]]


def _datasketch_duplicates(articles, threshold=0.8):
    """The reference: datasketch's own LSH index, as find_duplicates used before it indexed plain arrays."""
    from datasketch import MinHashLSH

    from pipelines.duplicates import NUM_PERM, _minhash

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
