"""Optional dependencies, imported only where used: a missing one is a one-line error naming its extra."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(ImportError):
    """An optional dependency is not installed; the message says which extra of the project installs it."""


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import `module`, or raise MissingExtra: "`purpose` needs the `extra` extra: pip install ..."."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(
            f"{purpose} needs the '{extra}' extra ({module} is not installed): pip install -e '.[{extra}]'"
        ) from exc
