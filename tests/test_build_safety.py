"""No input can crash, hang, leak or mix a build (issue 19): the hostile folder, the lock, the work area's
self-healing, the time budget, sane values, and one-line messages."""

import json
import math
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date

import pandas as pd
import pytest

import schemas
from benchmarks.hostile import SECRET, check_build, write_hostile_corpus
from pipelines import cli
from pipelines.extract.article import extract_article
from pipelines.extract.money_guard import in_scientific_notation
from pipelines.read.reader import SourceArticle
from pipelines.runtime import batches
from pipelines.runtime.lock import build_lock
from pipelines.tables.rows import null_dates_out_of_range, to_frame, validate
from tests.conftest import ROOT, SEEDS

ARTICLE = (
    " date 2024-03-05\nPakistan and Turkey sign a trade pact\nISLAMABAD: Pakistan and Turkey on Tuesday agreed to "
    "raise bilateral trade to $5 billion by 2026, the foreign office said.\n"
)


def run_cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *argv], capture_output=True, text=True, cwd=ROOT, check=False
    )


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """One build of the hostile folder (without the multi-second adversarial articles), through `main`."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = write_hostile_corpus(root, light=True)
    started = time.perf_counter()
    code = cli.main(["build", "--input", str(corpus.folder), "--output", str(root / "out"), "--time-budget", "1"])
    return corpus, root / "out", code, time.perf_counter() - started


def test_a_hostile_folder_builds_with_everything_published_or_quarantined(hostile_build):
    corpus, out, code, seconds = hostile_build
    assert code == 0 and seconds < 90
    assert check_build(corpus, out) == []
    for table in schemas.TABLES:
        schemas.TABLES[table].validate(pd.read_parquet(out / f"{table}.parquet"))


def test_nothing_from_outside_the_input_folder_is_published(hostile_build):
    _, out, _, _ = hostile_build
    assert all(SECRET not in path.read_text(encoding="utf-8") for path in out.glob("*.csv"))


def test_out_of_range_header_dates_are_null_with_a_reason(hostile_build):
    _, out, _, _ = hostile_build
    articles = pd.read_parquet(out / "articles.parquet").set_index("article_id")
    assert articles.loc["year_one", "publication_date"] is None
    assert articles.loc["year_9999", "publication_date"] is None
    notes = pd.read_parquet(out / "quarantine.parquet").query("reason_code == 'value_out_of_range'")
    assert {"year_one", "year_9999"} <= set(notes.source)


def test_amounts_are_finite_and_scientific_notation_is_not_money(hostile_build):
    _, out, _, _ = hostile_build
    money = pd.read_parquet(out / "monetary_amounts.parquet")
    assert money.amount.map(math.isfinite).all() and (money.amount <= schemas.contract.MAX_AMOUNT).all()
    assert set(money[money.article_id == "money"].text) == {"$5 billion", "$5 million"}
    # $ and 400 nines (infinite) and $ and 25 nines (over the ceiling) are dropped or quarantined, never published


def test_scientific_notation_is_recognised_around_an_amount():
    text = "worth $1e308 or 2.5E+9 dollars, not $1.5 billion, e.g. 3"
    assert in_scientific_notation(text, 6, 8)  # "$1"
    assert in_scientific_notation(text, 16, 30)  # "2.5E+9 dollars"
    assert not in_scientific_notation(text, 36, 48)  # "$1.5 billion"


def test_the_schema_rejects_infinite_and_huge_amounts():
    rows = [  # each at its own place: a row repeating another's key would be set aside for that alone
        ("a", "$1", start, start + 2, amount, None, "USD", "other", "other", None)
        for start, amount in enumerate((float("inf"), 1e25, float("nan"), 5.0))
    ]
    checked = validate("monetary_amounts", to_frame("monetary_amounts", rows))
    assert list(checked.valid.amount) == [5.0] and len(checked.quarantined) == 3


def test_dates_outside_what_a_table_holds_become_null_with_a_note():
    rows = [("a", "in 9999", 0, 7, date(9999, 1, 1), date(9999, 12, 31), "year")]
    rows.append(("a", "in 2024", 8, 15, date(2024, 1, 1), date(2024, 12, 31), "year"))
    frame, notes = null_dates_out_of_range("dates", to_frame("dates", rows))
    assert frame.date_start.isna().tolist() == [True, False] and frame.date_end.isna().tolist() == [True, False]
    assert list(notes.reason_code) == ["value_out_of_range"]
    validate("dates", frame)  # passes


def endless_extract(text, settings=None):
    while True:  # a pathological article: computes without end
        pass


def waiting_extract(text, settings=None):
    time.sleep(0.6)  # stands for a busy machine: time passes, but not this process's CPU time
    return extract_article(text, settings)


def _extract_one(monkeypatch, extract, budget):
    monkeypatch.setattr("pipelines.extract.article.extract_article", extract)
    monkeypatch.setattr(batches, "_warm_up", lambda settings: None)
    from pipelines.extract.language import load_language_model

    load_language_model()  # loaded before the clock starts, as `_warm_up` does: seconds on a busy machine
    return batches.extract_batch([SourceArticle("one", "one.txt", ARTICLE, "utf-8")], budget=budget)


def test_an_article_past_the_time_budget_is_quarantined(monkeypatch):
    started = time.perf_counter()
    rows = _extract_one(monkeypatch, endless_extract, budget=0.2)
    assert time.perf_counter() - started < 20  # the loop never ends by itself; room for a loaded machine
    assert [(e["source"], e["reason_code"]) for e in rows.errors] == [("one", "extraction_timeout")]


def test_the_time_budget_counts_cpu_time_not_a_busy_machines_waiting(monkeypatch):
    extract_article(ARTICLE)  # the first article loads lazy tables, as the build's warm-up does
    rows = _extract_one(monkeypatch, waiting_extract, budget=0.2)
    assert not any(e["reason_code"] == "extraction_timeout" for e in rows.errors)


def test_a_second_build_waits_for_the_first(tmp_path):
    script = (
        "from pipelines.runtime.lock import build_lock\nimport pathlib, time\n"
        f"with build_lock(pathlib.Path({str(tmp_path)!r})):\n    print('held', flush=True); time.sleep(1.5)"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout.readline().strip() == "held"
    notices = []
    started = time.perf_counter()
    with build_lock(tmp_path, notices.append):
        waited = time.perf_counter() - started
    holder.wait()
    assert waited > 0.5 and len(notices) == 1 and "waiting: another build (pid" in notices[0]


def write_corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(ARTICLE.replace("trade pact", f"trade pact {i}"), encoding="utf-8")


def test_two_builds_into_one_folder_never_mix(tmp_path):
    out = tmp_path / "out"
    runs = {}
    for name, n in (("big", 40), ("small", 5)):
        write_corpus(tmp_path / name, n)
        argv = [sys.executable, "-m", "pipelines", "build", "--input", str(tmp_path / name), "--output", str(out)]
        runs[n] = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    for n, run in runs.items():
        printed, _ = run.communicate()
        assert run.returncode == 0
        assert f"files read: {n}; articles published: {n};" in printed  # each its own figures
    articles = pd.read_parquet(out / "articles.parquet")
    package = json.loads((out / "datapackage.json").read_text())
    assert len(articles) in (5, 40) and package["resources"][0]["rows"] == len(articles)
    assert articles.article_id.tolist() == [f"{i:04d}" for i in range(len(articles))]  # one build's articles


def test_a_damaged_work_area_is_reported_discarded_and_rebuilt(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["build", "--input", str(SEEDS), "--output", str(out), "--workers", "1"]) == 0
    expected = pd.read_parquet(out / "articles.parquet")
    staging = out / ".staging"
    for name in ("fact_cache.sqlite", "raw_articles.parquet"):
        path = staging / name
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    (staging / "raw_articles.parquet.deadbeef").write_bytes(b"left by a killed build")
    (staging / "tables.partial-deadbeef").mkdir()
    capsys.readouterr()
    assert cli.main(["build", "--input", str(SEEDS), "--output", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert err.count("is damaged") >= 1 and "Traceback" not in err
    pd.testing.assert_frame_equal(pd.read_parquet(out / "articles.parquet"), expected)
    assert not (staging / "raw_articles.parquet.deadbeef").exists()
    assert not (staging / "tables.partial-deadbeef").exists()


def test_no_cache_works_whatever_the_cache_holds(tmp_path):
    out = tmp_path / "out"
    (out / ".staging").mkdir(parents=True)
    (out / ".staging" / "fact_cache.sqlite").write_bytes(b"not a database" * 100)
    assert cli.main(["build", "--input", str(SEEDS), "--output", str(out), "--no-cache", "--workers", "1"]) == 0


@pytest.mark.parametrize("content", ["empty", "rejected"])
def test_an_empty_or_all_rejected_folder_publishes_empty_valid_datasets(tmp_path, capsys, content):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    if content == "rejected":
        (folder / "a.txt").write_bytes(b"")
        (folder / "b.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    assert cli.main(["build", "--input", str(folder), "--output", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("notice: no article was published") and "articles published: 0" in printed
    for table in schemas.TABLES:
        schemas.TABLES[table].validate(pd.read_parquet(out / f"{table}.parquet"))


def test_errors_are_one_line_naming_the_folder(tmp_path):
    (tmp_path / "file").write_text("x")
    cases = [
        (["build", "--input", str(tmp_path / "nowhere")], "nowhere"),
        (["build", "--input", str(SEEDS), "--output", str(tmp_path / "file")], "file"),
        (["evaluate", "--datasets", str(tmp_path / "nowhere"), "--gold", str(tmp_path)], "nowhere"),
        (["evaluate", "--datasets", str(ROOT / "datasets"), "--gold", str(tmp_path / "nogold")], "nogold"),
        (["evaluate", "--datasets", str(tmp_path), "--gold", str(tmp_path)], str(tmp_path)),
    ]
    for argv, named in cases:
        done = subprocess.run(
            [sys.executable, "-c", "import sys; from pipelines.cli import main; sys.exit(main(sys.argv[1:]))", *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        assert done.returncode != 0, argv
        assert done.stderr.count("\n") == 1 and named in done.stderr and "Traceback" not in done.stderr, argv


def test_workers_die_with_a_killed_parent():
    script = textwrap.dedent("""
        import os, sys
        from pipelines.runtime.runners import LocalRunner
        runner = LocalRunner(workers=2)
        pids = set(runner.map(str.strip, [str(os.getpid())] * 8)) and {p.pid for p in runner._pool._processes.values()}
        print(" ".join(map(str, pids)), flush=True)
        os.kill(os.getpid(), 9)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False)
    pids = [int(p) for p in done.stdout.split()]
    assert done.returncode == -signal.SIGKILL and len(pids) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in pids)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie waits for its reaper; it runs nothing
        return fh.read().split(") ")[1][0] != "Z"
