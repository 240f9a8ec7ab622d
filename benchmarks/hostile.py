"""A hostile input folder, written as a hostile user would, and the checks a build of it must pass.

    python -m benchmarks.hostile                     # write, build (CLI, 2 workers) and check; prints timings
    python -m benchmarks.hostile --light             # without the slow adversarial articles

Every entry is generated here (no third-party text): links out of the folder, loops, a FIFO, a device,
names that are not UTF-8, mixed encodings, NULs, UTF-16 without a byte-order mark, invisible-only files,
a `.txt` beside a navigation-only `.html`, dates and amounts out of range, and adversarial articles for the
extractors (long runs of titles and capitals, multi-megabyte articles). `check_build` states what a build of
it must publish: every regular article file published or quarantined, nothing from outside the folder.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import math
import os
import random
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

SECRET = "OUTSIDE-THE-INPUT-FOLDER-7f3a"  # in files outside the folder: must never be published
ARTICLE = (
    " date 2024-03-{day:02d}\n"
    "Pakistan and Turkey sign trade pact number {n}\n"
    "ISLAMABAD: Pakistan and Turkey on Tuesday agreed to raise bilateral trade to $5 billion by 2026, "
    "the foreign office said after talks between the two foreign ministers in the capital.\n"
    "The two sides also signed agreements on energy, education and defence cooperation.\n"
)
NAV_PAGE = "<html><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav></body></html>"


@dataclass
class HostileCorpus:
    folder: Path
    outside: Path
    must_publish: dict[str, str] = field(default_factory=dict)  # article_id -> a phrase its text holds
    must_quarantine: dict[str, str] = field(default_factory=dict)  # source file -> reason code
    adversarial: list[str] = field(default_factory=list)  # article ids: published or quarantined, either way


def article(n: int, extra: str = "") -> str:
    return ARTICLE.format(day=n % 28 + 1, n=n) + extra


def adversarial_texts(big_bytes: int = 4_900_000) -> dict[str, str]:
    """The extractor cases of issue 19: runs of titles and of capitals, and articles of 2 and ~5 MB; then an
    article on one line of 200,000 characters (no line breaks: a page's text flattened) and a 200,000-character
    token without spaces (an encoded blob)."""
    rng = random.Random(19)
    capitals = " ".join(
        "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randrange(2, 9))) for _ in range(20_000)
    )
    sentences = [article(i) for i in range(40)]
    big = "".join(sentences)
    return {
        "adv_titles": " date 2024-01-02\n" + "Turkish Foreign Minister and " * 4000 + "\n",
        "adv_capitals": " date 2024-01-03\n" + capitals + "\n",
        "adv_2mb": big * (2_000_000 // len(big)),
        "adv_5mb": big * (big_bytes // len(big)),
        "adv_one_line": (" ".join(big.split()) + " ") * (200_000 // len(big) + 1),
        "adv_blob": " date 2024-01-04\n" + "QmFzZTY0" * 25_000 + "\n",
    }


def write_hostile_corpus(root: Path, light: bool = False) -> HostileCorpus:
    """Write the hostile folder `root/input` (and, beside it, `root/outside`, which it links to)."""
    folder, outside = root / "input", root / "outside"
    folder.mkdir(parents=True)
    outside.mkdir()
    corpus = HostileCorpus(folder, outside)
    (outside / "secret.txt").write_text(f"{SECRET}\n" + article(0), encoding="utf-8")
    for i in range(20):
        (folder / f"plain_{i:02d}.txt").write_text(article(i), encoding="utf-8")
        corpus.must_publish[f"plain_{i:02d}"] = f"pact number {i}"
    _boundary(corpus)
    _encodings(corpus)
    _values(corpus)
    _names(corpus)
    if not light:
        for name, text in adversarial_texts().items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            corpus.adversarial.append(name)
    return corpus


def _link(corpus: HostileCorpus, name: str, target: str | Path, reason: str | None) -> None:
    os.symlink(target, corpus.folder / name)
    if reason:
        corpus.must_quarantine[name] = reason


def _boundary(corpus: HostileCorpus) -> None:
    folder = corpus.folder
    _link(corpus, "secret_link.txt", corpus.outside / "secret.txt", "outside_input_folder")
    _link(corpus, "relative_secret.txt", "../outside/secret.txt", "outside_input_folder")
    _link(corpus, "zero.txt", "/dev/zero", "outside_input_folder")
    _link(corpus, "etc.txt", "/etc", "outside_input_folder")
    _link(corpus, "loop_a.txt", "loop_b.txt", "not_regular_file")
    _link(corpus, "loop_b.txt", "loop_a.txt", "not_regular_file")
    _link(corpus, "dangling.txt", "nowhere.txt", "not_regular_file")
    _link(corpus, "alias.txt", "plain_00.txt", None)  # a link inside the folder is read
    corpus.must_publish["alias"] = "pact number 0"
    os.mkfifo(folder / "pipe.txt")
    corpus.must_quarantine["pipe.txt"] = "not_regular_file"
    with contextlib.suppress(OSError):  # needs privileges
        os.mknod(folder / "device.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))  # like /dev/zero
        corpus.must_quarantine["device.txt"] = "not_regular_file"
    (folder / "subfolder.txt").mkdir()
    (folder / "subfolder.txt" / "inner.txt").write_text(article(99), encoding="utf-8")
    (folder / "story.txt").write_text(article(30), encoding="utf-8")
    (folder / "story.html").write_text(NAV_PAGE, encoding="utf-8")
    corpus.must_publish["story"] = "pact number 30"
    corpus.must_quarantine["story.html"] = "duplicate_article_id"
    (folder / "twice.txt").write_text(article(31), encoding="utf-8")
    (folder / "twice.TXT").write_text(article(32), encoding="utf-8")
    corpus.must_publish["twice"] = "pact number 3"
    corpus.must_quarantine["twice.txt" if "twice.TXT" < "twice.txt" else "twice.TXT"] = "duplicate_article_id"
    (folder / "too_large.txt").write_bytes(b"word " * 1_100_000)
    corpus.must_quarantine["too_large.txt"] = "file_too_large"


def _encodings(corpus: HostileCorpus) -> None:
    folder = corpus.folder
    utf8_part = "The café in Ankara hosted the Türkiye–Pakistan forum.\n"
    latin_part = "Le garçon à Genève a noté la hausse des échanges.\n"
    mixed = article(40).encode("utf-8") + (utf8_part * 3).encode("utf-8") + (latin_part * 3).encode("latin-1")
    (folder / "mixed_encoding.txt").write_bytes(mixed)
    corpus.must_publish["mixed_encoding"] = "Le garçon à Genève"
    text = article(41)
    (folder / "nul_inside.txt").write_bytes(text[:60].encode() + b"\x00\x01\x1b" + text[60:].encode() + b"\x00")
    corpus.must_publish["nul_inside"] = "pact number 41"
    (folder / "utf16_le.txt").write_bytes(article(42).encode("utf-16-le"))
    corpus.must_publish["utf16_le"] = "pact number 42"
    (folder / "utf16_be.txt").write_bytes(article(43).encode("utf-16-be"))
    corpus.must_publish["utf16_be"] = "pact number 43"
    (folder / "utf16_bom.txt").write_bytes(codecs.BOM_UTF16_LE + article(44).encode("utf-16-le"))
    corpus.must_publish["utf16_bom"] = "pact number 44"
    (folder / "cp1252.txt").write_bytes(
        article(45, "Officials said the “deal” was worth €3 million.\n").encode("cp1252")
    )
    corpus.must_publish["cp1252"] = "“deal”"
    for name, data in {
        "zero_width.txt": "\u200b\u200c\u200d\ufeff\u2060\n".encode() * 50,
        "whitespace.txt": b" \t\n\r\n  " * 100,
        "empty.txt": b"",
        "bom_only.txt": codecs.BOM_UTF8,
        "nbsp_only.txt": "\u00a0\u3000\n".encode() * 20,
    }.items():
        (folder / name).write_bytes(data)
        corpus.must_quarantine[name] = "empty_file"
    (folder / "random.txt").write_bytes(random.Random(1).randbytes(50_000))
    corpus.must_quarantine["random.txt"] = "binary_file"
    (folder / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500))
    corpus.must_quarantine["png.txt"] = "binary_file"
    (folder / "deep.html").write_text("<div>" * 20_000 + "text" + "</div>" * 20_000, encoding="utf-8")
    (folder / "no_spaces.txt").write_text(" date 2024-01-05\n" + "a" * 1_000_000 + "\n", encoding="utf-8")
    (folder / "combining.txt").write_text(article(46, "e" + "\u0301" * 50_000 + "\n"), encoding="utf-8")
    corpus.adversarial += ["deep", "no_spaces", "combining"]


def _values(corpus: HostileCorpus) -> None:
    folder = corpus.folder
    (folder / "year_one.txt").write_text(article(50).replace("2024-03-23", "0001-01-01"), encoding="utf-8")
    (folder / "year_9999.txt").write_text(
        " date 9999-12-31\nPakistan and Turkey met in January and on 31 December 9999.\n" + article(51),
        encoding="utf-8",
    )
    corpus.must_publish.update({"year_one": "pact number 50", "year_9999": "pact number 51"})
    money = (
        "Officials put the cost at $" + "9" * 400 + " while others said $1e308, 2.5E+9 dollars, "
        "$" + "9" * 25 + ", -$5 million and $-3 billion were discussed.\n"
    )
    (folder / "money.txt").write_text(article(52, money), encoding="utf-8")
    corpus.must_publish["money"] = "pact number 52"


def _names(corpus: HostileCorpus) -> None:
    folder = corpus.folder
    for raw, n in ((b"caf\xe9.txt", 60), (b"\xff\xfe.txt", 61)):
        with open(os.path.join(os.fsencode(folder), raw), "wb") as fh:
            fh.write(article(n).encode())
        corpus.must_publish[
            os.fsdecode(raw[:-4]).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        ] = f"pact number {n}"
    for i, name in enumerate(("=SUM(A1).txt", "-rf.txt", "with space.txt", "line\nbreak.txt", "ünï.txt")):
        (folder / name).write_text(article(70 + i), encoding="utf-8")
        corpus.must_publish[name[:-4]] = f"pact number {70 + i}"


def check_build(corpus: HostileCorpus, output: Path) -> list[str]:
    """What a build of the corpus published wrongly (nothing: an empty list)."""
    articles = pd.read_parquet(output / "articles.parquet")
    quarantine = pd.read_parquet(output / "quarantine.parquet")
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    inputs = quarantine[quarantine.dataset == "input"]
    reasons = dict(zip(inputs.source, inputs.reason_code, strict=True))
    problems = [
        f"{article_id!r} not published with {phrase!r}"
        for article_id, phrase in corpus.must_publish.items()
        if phrase not in texts.get(article_id, "")
    ]
    problems += [
        f"{source!r} quarantined as {reasons.get(source)!r}, expected {reason!r}"
        for source, reason in corpus.must_quarantine.items()
        if reasons.get(source) != reason
    ]
    set_aside = {source.rsplit(".", 1)[0] for source in quarantine.source} | set(quarantine.source)
    problems += [
        f"{name!r} neither published nor quarantined"
        for name in corpus.adversarial
        if name not in texts and name not in set_aside
    ]
    accounted = set(articles.source_file) | set(inputs.source)
    failed = set(quarantine[quarantine.reason_code.str.startswith("extraction_")].source)  # article ids
    problems += [
        f"{name!r} neither published nor quarantined"
        for name in article_entries(corpus.folder) - accounted
        if name.rsplit(".", 1)[0] not in failed
    ]
    problems += [
        f"{p.name} holds text from outside the input folder"
        for p in output.glob("*.csv")
        if SECRET in p.read_text(encoding="utf-8")
    ]
    return problems + _money_problems(output) + _mojibake(texts.get("mixed_encoding", ""))


def article_entries(folder: Path) -> set[str]:
    """The names (as published) of the folder's entries with an article suffix, folders aside."""
    names = set()
    for entry in os.listdir(folder):
        path = folder / entry
        if entry.lower().endswith((".txt", ".html", ".htm")) and not (path.is_dir() and not path.is_symlink()):
            names.add(entry.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    return names


def _money_problems(output: Path) -> list[str]:
    money = pd.read_parquet(output / "monetary_amounts.parquet")
    problems = []
    if not money.amount.map(lambda a: math.isfinite(a) and a <= 1e18).all():
        problems.append("an amount is infinite or over the ceiling")
    if money.text.str.contains("e308", regex=False).any() or (money.amount == 1.0).any():
        problems.append("scientific notation published as money")
    return problems


def _mojibake(text: str) -> list[str]:
    return ["the mixed-encoding file was published as mojibake"] if "Ã" in text or "\ufffd" in text else []


def build(input_dir: Path, output: Path, *extra: str) -> tuple[int, float, str]:
    """Run the command-line build; returns the exit code, the seconds and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pipelines", "build", "--input", str(input_dir), "--output", str(output), *extra],
        capture_output=True,
        text=True,
        errors="replace",
        check=False,
    )
    return done.returncode, time.perf_counter() - started, done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--light", action="store_true", help="leave out the slow adversarial articles")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_hostile_corpus(Path(tmp), light=args.light)
        out = Path(tmp) / "out"
        code, seconds, printed = build(corpus.folder, out, "--workers", str(args.workers))
        print(printed.strip())
        print(f"exit {code} in {seconds:.1f} s; traceback: {'Traceback' in printed}")
        problems = check_build(corpus, out) if code == 0 else ["the build failed"]
        code2, seconds2, printed2 = build(corpus.folder, out, "--workers", str(args.workers))
        print(f"rebuild: exit {code2} in {seconds2:.1f} s")
        for problem in problems:
            print("problem:", problem)
        return 0 if code == 0 and code2 == 0 and not problems and "Traceback" not in printed else 1


if __name__ == "__main__":
    raise SystemExit(main())
