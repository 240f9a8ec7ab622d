"""Bytes to text, on the evidence of the bytes: a byte-order mark, UTF-16's zero bytes, UTF-8 line by line,
else a detected legacy code page. Control characters are dropped; what no encoding explains is rejected.

Nothing is ever decoded as a guess that contradicts the bytes: a file of UTF-8 lines and Latin-1 lines (two
files pasted together) is decoded line by line, not as one code page that turns the UTF-8 into mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

# Byte-order marks, longest first (UTF-32 LE's begins with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, line feed and carriage return, and DEL: no text is written with them. In
# UTF-8 and every ASCII-based code page these bytes are only ever these characters, so they are dropped
# before decoding; a file made mostly of them is binary.
CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Random or compressed bytes are about 11% control bytes; a legacy-encoded text with stray NULs is a small
# fraction of that. UTF-8 text is recognised whatever its share of controls, up to half of the file.
MAX_CONTROL_SHARE = 0.03
MAX_BINARY_CONTROL_SHARE = 0.5
# Of the bytes of UTF-16 text without a byte-order mark in a Latin script, about half are zero, all on one side.
_UTF16_ZERO_SHARE = 0.3
_SAMPLE = 1 << 16
# A character other than whitespace and invisible format characters (zero-width spaces, joiners, BOMs).
_VISIBLE = re.compile(r"[^\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can identify."""

    def __init__(self, message: str, reason_code: str = "undecodable"):
        super().__init__(message)
        self.reason_code = reason_code


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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    cleaned = data.translate(None, CONTROL_BYTES)
    share = 1 - len(cleaned) / len(data) if data else 0.0
    try:
        text = cleaned.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    # Stray controls in text are dropped; many controls around bytes that are not UTF-8 are a binary file.
    if share > MAX_BINARY_CONTROL_SHARE or (share > MAX_CONTROL_SHARE and text is None):
        raise UndecodableError(f"is {share:.0%} control bytes", "binary_file")
    data = cleaned
    if text is not None:
        return text, "utf-8"
    mixed = _utf8_and_legacy_lines(data)
    return mixed if mixed is not None else _legacy(data)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 told by its zero bytes: one of every two bytes is zero in text of a Latin script."""
    sample = data[: _SAMPLE & ~1]
    pairs = len(sample) // 2
    if pairs < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > _UTF16_ZERO_SHARE * pairs and even < 0.02 * pairs:
        encoding = "utf-16-le"
    elif even > _UTF16_ZERO_SHARE * pairs and odd < 0.02 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) & ~1].decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = len(_CONTROL.findall(text[:_SAMPLE]))
    return (text, encoding) if controls <= MAX_CONTROL_SHARE * min(len(text), _SAMPLE) else None


def _utf8_and_legacy_lines(data: bytes) -> tuple[str, str] | None:
    """A file whose non-ASCII lines are partly valid UTF-8 and partly not: each line in its own encoding.

    None when no line holds UTF-8 beyond ASCII (then nothing says any part is UTF-8).
    """
    lines = data.splitlines(keepends=True)
    utf8, legacy = [], []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(i)
        except UnicodeDecodeError:
            legacy.append(i)
    if not utf8:
        return None
    _, encoding = _legacy(b"".join(lines[i] for i in legacy))
    legacy_lines = set(legacy)
    try:
        decoded = [line.decode(encoding if i in legacy_lines else "utf-8") for i, line in enumerate(lines)]
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"mixes UTF-8 with bytes that {encoding} does not decode line by line: {exc}") from exc
    return "".join(decoded), f"utf-8+{encoding}"


def _legacy(data: bytes) -> tuple[str, str]:
    """A single-byte or multi-byte legacy code page, as detected."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableError("fits no text encoding")
    # Short Latin-script texts fit many code pages equally well; Windows-1252 (a superset of Latin-1's
    # printable range) is by far the most common legacy encoding of English news, so it wins those ties.
    if _latin_script(str(best)):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise UndecodableError(f"is not {best.encoding} throughout: {exc}") from exc


def _latin_script(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ord(ch) > 127 and ch.isalpha())


def normalise(text: str) -> str:
    """Universal newlines (as `Path.read_text` gives), Unicode NFC, no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def is_blank(text: str) -> bool:
    """Nothing but whitespace and invisible characters (zero-width spaces and joiners, byte-order marks)."""
    return _VISIBLE.search(text) is None


def looks_binary(text: str) -> bool:
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
