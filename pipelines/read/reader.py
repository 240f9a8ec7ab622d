"""Read an input folder into article texts, accounting for every entry.

Each `*.txt` file becomes a `SourceArticle` or a `RejectedFile` with its reason; every other
entry (folders, other extensions, hidden files) is a `SkippedEntry`. Nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from pipelines.read.html import html_to_text

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000

# Control characters other than tab and newline carry no text; NUL marks binary input.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True, slots=True)
class SourceArticle:
    article_id: str
    source_file: str
    text: str
    encoding: str
    stamp: str = ""  # the file's size and modification time when it was read (see `file_stamp`)
    sha256: str = ""  # of the decoded text as UTF-8; computed when not given

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode("utf-8")).hexdigest())


@dataclass(frozen=True, slots=True)
class RejectedFile:
    source_file: str
    reason_code: str
    reason: str


@dataclass(frozen=True, slots=True)
class SkippedEntry:
    name: str
    reason: str


@dataclass(slots=True)
class InputScan:
    articles: list[SourceArticle] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)
    skipped: list[SkippedEntry] = field(default_factory=list)

    @property
    def files_read(self) -> int:
        return len(self.articles) + len(self.rejected)

    def add(self, entry: SourceArticle | RejectedFile | SkippedEntry) -> None:
        {SourceArticle: self.articles, RejectedFile: self.rejected, SkippedEntry: self.skipped}[type(entry)].append(
            entry
        )


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can identify."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableError(
                    f"starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                ) from exc
    if b"\x00" in data:
        raise UndecodableError("contains NUL bytes")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableError("no text encoding fits its bytes")
    # Short Latin-script texts fit many code pages equally well; Windows-1252 (a superset of Latin-1's
    # printable range) is by far the most common legacy encoding of English news, so it wins those ties.
    if _latin_script(str(best)):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def _latin_script(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ord(ch) > 127 and ch.isalpha())


def normalise(text: str) -> str:
    """Universal newlines (as `Path.read_text` gives), Unicode NFC, no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def read_article(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceArticle | RejectedFile:
    """Read one article file, or say why it cannot be an article."""
    name = path.name
    try:
        stat = path.stat()
        size = stat.st_size
        if size > max_bytes:
            return RejectedFile(
                name, "file_too_large", f"The file has {size:,} bytes, over the limit of {max_bytes:,}."
            )
        data = path.read_bytes()
    except OSError as exc:
        return RejectedFile(name, "unreadable", f"The file could not be read: {exc.strerror or exc}.")
    if not data.strip():
        return RejectedFile(name, "empty_file", "The file is empty or holds only whitespace.")
    try:
        raw, encoding = decode(data)
    except UndecodableError as exc:
        return RejectedFile(name, "binary_file", f"The file is not text: it {exc}.")
    if path.suffix.lower() in HTML_SUFFIXES:
        raw = html_to_text(raw)
        if raw is None:
            return RejectedFile(name, "no_article_text", "The HTML page holds no article text.")
    text = normalise(raw)
    if not text.strip():
        return RejectedFile(name, "empty_file", "The file holds no text once decoded.")
    if _looks_binary(raw):
        return RejectedFile(name, "binary_file", "The file is not text: most of its characters are not printable.")
    return SourceArticle(article_id=path.stem, source_file=name, text=text, encoding=encoding, stamp=_stamp(stat))


def file_stamp(path: Path) -> str:
    """Size and modification time of a file: when neither changed, neither did the file (as `make` and rsync assume)."""
    return _stamp(path.stat())


def _stamp(stat: os.stat_result) -> str:
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    # The common case, in C: nothing but printable characters, line breaks, tabs and no-break spaces.
    if sample.replace("\n", "").replace("\t", "").replace("\r", "").replace("\xa0", "").isprintable():
        return False
    # Look up each distinct character once: a category lookup per character was the slowest part of a scan.
    unprintable = sum(
        sample.count(ch)
        for ch in set(sample)
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\t\r"
    )
    return unprintable > 0.1 * len(sample)


def iter_entries(input_dir: Path) -> list[tuple[str, bool]]:
    """Names of the input folder's entries, each with whether it is a folder, in article-id order (the file
    name without its suffix), then by name. Names only: a folder of a million files stays small in memory."""
    with os.scandir(input_dir) as entries:
        found = [(entry.name, entry.is_dir()) for entry in entries]
    return sorted(found, key=lambda entry: (os.path.splitext(entry[0])[0], entry[0]))


def iter_input(
    input_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known: Callable[[Path], SourceArticle | None] | None = None,
) -> Iterator[SourceArticle | RejectedFile | SkippedEntry]:
    """Every entry of a folder, one at a time: an article, a file rejected with its reason, or a skipped entry.

    `known(path)` may give an article file's article as read before (when the file has not changed since),
    so that it is not read again.
    """
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    seen_ids: set[str] = set()
    for name, is_dir in iter_entries(input_dir):
        stem, suffix = os.path.splitext(name)
        if name.startswith("."):
            yield SkippedEntry(name, "hidden entry")
        elif is_dir:
            yield SkippedEntry(name, "folder (the input folder is not read recursively)")
        elif suffix.lower() not in ARTICLE_SUFFIXES:
            yield SkippedEntry(name, f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
        elif stem in seen_ids:
            yield RejectedFile(name, "duplicate_article_id", f"Another file already gives the article id `{stem}`.")
        else:
            seen_ids.add(stem)
            path = input_dir / name
            yield (known(path) if known else None) or read_article(path, max_bytes)


def scan_input(input_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> InputScan:
    """Read every article file of a folder into memory; account for every other entry."""
    scan = InputScan()
    for entry in iter_input(input_dir, max_bytes):
        scan.add(entry)
    return scan
