"""Hostile input folders: only regular files inside the folder are read, every entry is accounted for, and
decoding follows the evidence of the bytes (issue 19)."""

import codecs
import os

import pytest

from pipelines.read import reader
from pipelines.read.decoding import decode
from pipelines.read.reader import RejectedFile, SourceArticle, iter_input, read_article, scan_input
from pipelines.runtime.cache import FactCache
from pipelines.runtime.ingest import ingest

TEXT = "Ankara and Islamabad signed a trade agreement in the capital on Monday, officials said.\n"


def reasons(scan) -> dict[str, str]:
    return {r.source_file: r.reason_code for r in scan.rejected}


def test_symbolic_links_are_read_only_inside_the_input_folder(tmp_path):
    folder, outside = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET " + TEXT, encoding="utf-8")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "absolute.txt")
    os.symlink("../out/secret.txt", folder / "relative.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("a.txt", folder / "alias.txt")
    os.symlink("loop2.txt", folder / "loop1.txt")
    os.symlink("loop1.txt", folder / "loop2.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    scan = scan_input(folder)
    assert sorted(a.article_id for a in scan.articles) == ["a", "alias"]
    assert all("SECRET" not in a.text for a in scan.articles)
    assert reasons(scan) == {
        "absolute.txt": "outside_input_folder",
        "relative.txt": "outside_input_folder",
        "zero.txt": "outside_input_folder",
        "loop1.txt": "not_regular_file",
        "loop2.txt": "not_regular_file",
        "dangling.txt": "not_regular_file",
    }


def test_a_fifo_is_quarantined_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = read_article(tmp_path / "pipe.txt")
    assert isinstance(result, RejectedFile) and result.reason_code == "not_regular_file"
    assert "named pipe" in result.reason


def test_a_name_that_is_not_utf8_is_published_with_its_bytes_escaped(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as fh:
        fh.write(TEXT.encode())
    (article,) = scan_input(tmp_path).articles
    assert article.article_id == "caf\\xe9" and article.source_file == "caf\\xe9.txt"
    article.article_id.encode("utf-8")  # writable as UTF-8 (Parquet, CSV, JSON)


def test_a_file_removed_after_the_listing_is_quarantined_as_unreadable(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    listing = reader.iter_entries(tmp_path)
    monkeypatch.setattr(reader, "iter_entries", lambda folder: [*listing, ("gone.txt", "file")])
    raw = tmp_path / "work" / "raw.parquet"
    with FactCache(tmp_path / "work" / "cache.sqlite", "v", "signatures") as cache:
        ingest(tmp_path, raw, cache)  # a first build: the second looks up unchanged files by their stamp
        found = ingest(tmp_path, raw, cache)
    assert [(r.source_file, r.reason_code) for r in found.rejected] == [("gone.txt", "unreadable")]
    assert found.articles == 1


def test_a_text_file_beside_a_navigation_only_page_is_published(tmp_path):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    scan = scan_input(tmp_path)
    assert [(a.article_id, a.source_file) for a in scan.articles] == [("story", "story.txt")]
    assert [(r.source_file, r.reason_code) for r in scan.rejected] == [("story.html", "duplicate_article_id")]
    assert "story.txt" in scan.rejected[0].reason


def test_a_page_is_published_when_the_text_file_of_its_id_is_rejected(tmp_path):
    page = "<html><body><article><p>" + TEXT * 3 + "</p></article></body></html>"
    (tmp_path / "story.txt").write_bytes(b"")
    (tmp_path / "story.html").write_text(page, encoding="utf-8")
    scan = scan_input(tmp_path)
    assert [a.source_file for a in scan.articles] == ["story.html"]
    assert reasons(scan) == {"story.txt": "empty_file"}


def test_a_changed_file_with_its_old_size_and_time_is_read_again(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    before = reader.file_stamp(path)
    stat = path.stat()
    path.write_text(TEXT.replace("Monday", "Friday"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same modification time
    assert reader.file_stamp(path) != before


MIXED = (
    "The café in Ankara hosted the Türkiye–Pakistan forum.\n".encode()
    + "Le garçon à Genève a noté la hausse des échanges.\n".encode("latin-1")
)


def test_utf8_lines_and_latin1_lines_are_each_decoded_in_their_encoding():
    text, encoding = decode(MIXED * 3)
    assert (
        text
        == (
            "The café in Ankara hosted the Türkiye–Pakistan forum.\nLe garçon à Genève a noté la hausse des échanges.\n"
        )
        * 3
    )
    assert encoding == "utf-8+cp1252"


def test_nul_and_control_characters_are_removed_and_the_article_kept(tmp_path):
    (tmp_path / "a.txt").write_bytes(TEXT[:20].encode() + b"\x00\x01\x1b\x7f" + TEXT[20:].encode() + b"\x00")
    article = read_article(tmp_path / "a.txt")
    assert isinstance(article, SourceArticle) and article.text == TEXT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path, encoding):
    (tmp_path / "a.txt").write_bytes((TEXT * 2).encode(encoding))
    article = read_article(tmp_path / "a.txt")
    assert isinstance(article, SourceArticle) and article.text == TEXT * 2 and article.encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        "\u200b\u200c\u200d\u2060\n".encode() * 10,
        codecs.BOM_UTF8 + "\ufeff \u00a0\n".encode(),
        "\u200b \n".encode("utf-16"),
    ],
)
def test_files_of_only_invisible_characters_are_empty(tmp_path, data):
    (tmp_path / "a.txt").write_bytes(data)
    result = read_article(tmp_path / "a.txt")
    assert isinstance(result, RejectedFile) and result.reason_code == "empty_file"


def test_a_file_over_the_cap_is_never_read_whole(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)
    result = read_article(tmp_path / "big.txt", max_bytes=100)
    assert isinstance(result, RejectedFile) and result.reason_code == "file_too_large"


def test_every_article_file_gets_one_row(tmp_path):
    for name in ("a.txt", "a.TXT", "b.html", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    entries = list(iter_input(tmp_path))
    assert len(entries) == 4
    assert sorted(e.article_id for e in entries if isinstance(e, SourceArticle)) == ["a", "b"]
