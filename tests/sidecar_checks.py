"""Shared check for export sidecars: they name models and files, never a folder of this machine."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

# An absolute path at the start of a string or after a space/bracket/quote: /a, ~/a, C:\a, C:/a.
_ABSOLUTE = re.compile(r"(?:^|[\s(\[{'\"=])(?:/|~/|[A-Za-z]:[\\/])[^\s/]")


def strings(value: Any) -> list[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [*strings(k), *strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def assert_no_paths(sidecar: Any, *folders: str | os.PathLike[str]) -> None:
    """Fail when any string in ``sidecar`` (a dict, or the export/sidecar file to read) is or
    holds an absolute path, or names one of ``folders``."""
    if isinstance(sidecar, (str, os.PathLike)):
        p = Path(sidecar)
        p = p if p.suffix == ".json" else p.with_name(p.name + ".json")
        sidecar = json.loads(p.read_text(encoding="utf-8"))
    roots = [str(Path(f)) for f in folders] + [str(Path(f).resolve()) for f in folders]
    for text in strings(sidecar):
        assert not os.path.isabs(text), f"absolute path in the sidecar: {text!r}"
        assert not _ABSOLUTE.search(text), f"absolute path in the sidecar: {text!r}"
        for root in roots:
            assert root not in text, f"{root} named in the sidecar: {text!r}"
