"""SHA-256 of data files, cached by (file, size, modification time) in the user's cache folder.

Hashing MNIST's 55 MB takes a fraction of a second, the drawn faces64 split's 600 MB a few
seconds, and both happen at every training save: digests are kept in
``user_cache_dir()/dataset-sha256.json``. Imports no dataset module (they import this one).
"""

from __future__ import annotations

import json
from pathlib import Path

from latentlab.core.files import ExportError, atomic_write_text, file_sha256, read_json
from latentlab.core.paths import user_cache_dir

__all__ = ["CACHE_NAME", "cached_sha256"]

CACHE_NAME = "dataset-sha256.json"


def _cache_path() -> Path:
    return user_cache_dir() / CACHE_NAME


def cached_sha256(path: str | Path) -> str:
    """SHA-256 of a data file, from the cache when its size and modification time are unchanged.

    Parameters
    ----------
    path : str or os.PathLike
        A data file (IDX, gzipped or not).

    Returns
    -------
    str
        Its digest, lower-case hex.
    """
    path = Path(path).resolve()
    info = path.stat()
    stamp = [info.st_size, info.st_mtime_ns]
    cache_file = _cache_path()
    try:
        cache = read_json(cache_file)
    except (FileNotFoundError, ValueError):  # none yet, or damaged: it is only a cache
        cache = {}
    if not isinstance(cache, dict):
        cache = {}
    entry = cache.get(str(path))
    if isinstance(entry, dict) and entry.get("stamp") == stamp and isinstance(entry.get("sha256"), str):
        return entry["sha256"]
    digest = file_sha256(path)
    cache[str(path)] = {"stamp": stamp, "sha256": digest}
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(cache_file, json.dumps(cache, indent=1))
    except (OSError, ExportError):
        pass  # an unwritable cache only costs the hash next time
    return digest


