"""Which data a model was trained on, as names, versions and SHA-256s (never a path).

Model cards and sidecars record :func:`dataset_record`: the dataset's registered name, the
release its files come from, and the SHA-256 of every data file used, so two cards trained on
the same bytes say so and a changed file shows, wherever the data lived (digests cached by
:mod:`latentlab.core.hash_cache`). Data latentlab draws itself (faces64) says how it was drawn.

Needs neither numpy nor torch, and no Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from latentlab.core.datasets.base import DatasetError, PathLike
from latentlab.core.hash_cache import (  # re-exported: where callers found them
    CACHE_NAME,
    cached_sha256,
)

__all__ = ["CACHE_NAME", "cached_sha256", "dataset_record"]


def dataset_record(name: str, data_dir: PathLike | None = None) -> dict[str, Any]:
    """The card's record of a dataset: name, version and the SHA-256 of each data file.

    Parameters
    ----------
    name : str
        A registered dataset name or alias, or an image folder.
    data_dir : str or os.PathLike, optional
        Where the files are (as ``--data-dir``); the usual places otherwise.

    Returns
    -------
    dict
        ``{"name", "version", "files": [{"name", "sha256"}, ...]}``. For data that is not a
        registered IDX dataset (an image folder), or whose files cannot be found without a
        download, ``files`` is None and ``note`` says why. Never a path.
    """
    from latentlab.core.datasets import (
        find,  # the package: the built-in datasets registered
    )

    spec = find(name) if isinstance(name, str) else None
    if spec is None:
        return {"name": Path(str(name)).name, "version": None, "files": None,
                "note": "an image folder: its files are not hashed"}
    source = spec.source
    if hasattr(source, "record"):  # data latentlab draws itself says how (faces64)
        return source.record(data_dir)
    record: dict[str, Any] = {"name": spec.name, "version": getattr(source, "version", None) or None}
    if not hasattr(source, "all_files"):
        return {**record, "files": None, "note": "not kept as IDX files: not hashed"}
    from latentlab.core.datasets.idx_source import find_dataset

    try:
        folder = find_dataset(spec.name, data_dir, download=False)
    except (DatasetError, OSError) as exc:
        return {**record, "files": None, "note": f"data files not found ({type(exc).__name__})"}
    files = []
    for wanted in source.all_files():
        for candidate in (wanted, wanted.removesuffix(".gz")):
            path = folder / candidate
            if path.is_file():
                files.append({"name": candidate, "sha256": cached_sha256(path)})
                break
    return {**record, "files": files}
