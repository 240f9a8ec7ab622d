"""Read an input folder into article texts, accounting for every entry.

Each `*.txt` file becomes a `SourceArticle` or a `RejectedFile` with its reason; every other
entry (folders, other extensions, hidden files) is a `SkippedEntry`. Nothing is dropped silently.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import itertools
import os
import stat as stat_mode
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.read.decoding import UndecodableError, decode, is_blank, looks_binary, normalise
from pipelines.read.html import html_to_text

__all__ = ["UndecodableError", "decode", "normalise"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000
_KINDS = {stat_mode.S_IFIFO: "a named pipe (FIFO)", stat_mode.S_IFCHR: "a character device"}
_KINDS |= {stat_mode.S_IFBLK: "a block device", stat_mode.S_IFSOCK: "a socket", stat_mode.S_IFDIR: "a folder"}


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


class _Refused(Exception):
    """An entry that is not read, with its quarantine reason."""

    def __init__(self, reason_code: str, reason: str):
        super().__init__(reason)
        self.reason_code = reason_code
        self.reason = reason


def read_article(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, root: Path | None = None
) -> SourceArticle | RejectedFile:
    """Read one article file, or say why it cannot be an article.

    Only a regular file is read; a symbolic link only when it leads to a regular file inside `root` (the input
    folder). Any failure to read, decode or reduce the file is this file's rejection, never the build's.
    """
    name = display_name(path.name)
    try:
        data, stamp = _read_regular(path, max_bytes, root)
    except _Refused as exc:
        return RejectedFile(name, exc.reason_code, exc.reason)
    except OSError as exc:  # e.g. removed while the folder was read, or no permission
        return RejectedFile(name, "unreadable", f"The file could not be read: {exc.strerror or exc}.")
    try:
        return _article(path, name, data, stamp)
    except _Refused as exc:
        return RejectedFile(name, exc.reason_code, exc.reason)
    except Exception as exc:  # a decoder or the HTML reader failing on hostile input: this file only
        return RejectedFile(name, "unreadable", f"The file could not be read: {type(exc).__name__}: {exc}.")


def _article(path: Path, name: str, data: bytes, stamp: str) -> SourceArticle:
    if not data.strip():
        raise _Refused("empty_file", "The file is empty or holds only whitespace.")
    try:
        raw, encoding = decode(data)
    except UndecodableError as exc:
        raise _Refused(exc.reason_code, f"The file is not text: it {exc}.") from exc
    if path.suffix.lower() in HTML_SUFFIXES:
        raw = html_to_text(raw)
        if raw is None:
            raise _Refused("no_article_text", "The HTML page holds no article text.")
    text = normalise(raw)
    if is_blank(text):
        raise _Refused(
            "empty_file", "The file holds no visible text once decoded (only spaces or zero-width characters)."
        )
    if looks_binary(raw):
        raise _Refused("binary_file", "The file is not text: most of its characters are not printable.")
    return SourceArticle(
        article_id=display_name(path.stem), source_file=name, text=text, encoding=encoding, stamp=stamp
    )


def _read_regular(path: Path, max_bytes: int, root: Path | None) -> tuple[bytes, str]:
    """The bytes of a regular file (at most `max_bytes`) and its stamp; refuses links out of `root`,
    loops, pipes and devices. Opened without blocking, so a FIFO is refused instead of waited on."""
    target = path
    if path.is_symlink():
        try:
            target = Path(os.path.realpath(path, strict=True))
        except OSError as exc:
            raise _Refused(
                "not_regular_file", f"The symbolic link leads nowhere readable: {exc.strerror or exc}."
            ) from exc
        if root is not None and not target.is_relative_to(root):
            raise _Refused(
                "outside_input_folder", "The symbolic link leads outside the input folder; it is not followed."
            )
    fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat_mode.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat_mode.S_IFMT(info.st_mode), "not a regular file")
            raise _Refused("not_regular_file", f"The entry is {kind}, not a regular file; it is not read.")
        too_large = f"over the limit of {max_bytes:,}"
        if info.st_size > max_bytes:
            raise _Refused("file_too_large", f"The file has {info.st_size:,} bytes, {too_large}.")
        data = fh.read(max_bytes + 1)  # a file that grows while it is read is still capped
    if len(data) > max_bytes:
        raise _Refused("file_too_large", f"The file grew to over {max_bytes:,} bytes while it was read, {too_large}.")
    return data, _stamp(info)


def display_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) written as `\\xNN`."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


@functools.cache
def reader_version() -> str:
    """Fingerprint of the code and libraries that turn a file into its text: texts read before a change of
    any of them are read again."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    for library in ("charset-normalizer", "trafilatura"):
        digest.update(f"{library}=={importlib.metadata.version(library)}".encode())
    return digest.hexdigest()[:16]


def file_stamp(path: Path) -> str:
    """Size, modification and change times and inode of a file: when none changed, neither did the file.

    The change time (ctime) cannot be set back by a user, so content rewritten with its old size and
    modification time still changes the stamp.
    """
    return _stamp(path.stat())


def _stamp(stat: os.stat_result) -> str:
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"


def iter_entries(input_dir: Path) -> list[tuple[str, str]]:
    """Names of the input folder's entries, each with its kind (`dir`, `file`, `link` or `other`, links not
    followed), in article-id order (the file name without its suffix), then text before HTML, then by name.
    Names only: a folder of a million files stays small in memory."""
    found = []
    with os.scandir(input_dir) as entries:
        for entry in entries:
            try:
                kind = _entry_kind(entry)
            except OSError:  # removed since the listing: reading it says so
                kind = "file"
            found.append((entry.name, kind))
    return sorted(found, key=lambda entry: _order(entry[0]))


def _entry_kind(entry: os.DirEntry) -> str:
    if entry.is_symlink():
        return "link"
    if entry.is_dir(follow_symlinks=False):
        return "dir"
    return "file" if entry.is_file(follow_symlinks=False) else "other"


def _order(name: str) -> tuple[str, int, str]:
    stem, suffix = os.path.splitext(name)
    return stem, suffix.lower() not in TEXT_SUFFIXES, name


def iter_input(
    input_dir: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    known: Callable[[Path], SourceArticle | None] | None = None,
) -> Iterator[SourceArticle | RejectedFile | SkippedEntry]:
    """Every entry of a folder, one at a time: an article, a file rejected with its reason, or a skipped entry.

    Files that give the same article id (`story.txt`, `story.html`) are tried in turn, text first: the first
    that reads as an article gives it, and the others are quarantined as `duplicate_article_id`.
    `known(path)` may give a regular file's article as read before (when the file has not changed since),
    so that it is not read again.
    """
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    root = input_dir.resolve()
    entries = iter_entries(input_dir)
    for _, group in itertools.groupby(entries, key=lambda entry: _order(entry[0])[0]):
        given_by = None
        for name, kind in group:
            stem, suffix = os.path.splitext(name)
            shown = display_name(name)
            if name.startswith("."):
                yield SkippedEntry(shown, "hidden entry")
            elif kind == "dir":
                yield SkippedEntry(shown, "folder (the input folder is not read recursively)")
            elif suffix.lower() not in ARTICLE_SUFFIXES:
                yield SkippedEntry(shown, f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
            elif given_by is not None:
                reason = f"`{given_by}` already gives the article id `{display_name(stem)}`."
                yield RejectedFile(shown, "duplicate_article_id", reason)
            else:
                path = input_dir / name
                entry = (known(path) if known and kind == "file" else None) or read_article(path, max_bytes, root)
                if isinstance(entry, SourceArticle):
                    given_by = shown
                yield entry


def scan_input(input_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> InputScan:
    """Read every article file of a folder into memory; account for every other entry."""
    scan = InputScan()
    for entry in iter_input(input_dir, max_bytes):
        scan.add(entry)
    return scan
