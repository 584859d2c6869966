"""Reproducibility sidecars: the JSON file beside every export that regenerates its pixels.

An export ``out.png`` gets ``out.png.json`` with the model (path and SHA-256), the latents
``z``, labels and whatever else the caller records; :func:`latentlab.core.export.regenerate`
reads it back. Latents are stored so that they round-trip bit-exactly through JSON
(:func:`latent_to_json`, :func:`latent_from_json`).

The sidecar text is built *before* any file is written, so a dict that cannot be stored
writes nothing. This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

from latentlab._version import __version__
from latentlab.core.files import ExportError, atomic_write_bytes, atomic_write_text, describe_os_error

__all__ = [
    "SIDECAR_FORMAT",
    "SIDECAR_KEYS",
    "latent_from_json",
    "latent_to_json",
    "read_sidecar",
    "sidecar_path",
    "sidecar_text",
    "write_sidecar",
    "write_with_sidecar",
]

#: Value of the ``"format"`` key of every sidecar written by this version.
SIDECAR_FORMAT = "latentlab-sidecar/1"
#: Keys every sidecar carries in addition to the caller's.
SIDECAR_KEYS = ("format", "latentlab_version", "file", "created")


# ---------------------------------------------------------------------------------------
# sidecars


def sidecar_path(path: str | os.PathLike[str]) -> Path:
    """Path of the JSON sidecar belonging to an export: ``out.png`` → ``out.png.json``.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file.

    Returns
    -------
    pathlib.Path
        The sidecar's path.
    """
    p = Path(path)
    return p.with_name(p.name + ".json")


def _json_default(obj: Any) -> Any:
    """Let callers put tensors, arrays, numpy scalars and paths straight into a sidecar."""
    if isinstance(obj, (torch.Tensor, np.ndarray)):
        arr = obj.detach().cpu().numpy() if isinstance(obj, torch.Tensor) else obj
        if arr.dtype.kind in "biu":
            return arr.tolist()
        return latent_to_json(arr)
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, os.PathLike):
        return os.fspath(obj)
    raise TypeError(f"object of type {type(obj).__name__} is not JSON serialisable")


def sidecar_text(target: Path, sidecar: Mapping[str, Any]) -> str:
    """The JSON text of ``target``'s sidecar: the bookkeeping keys plus the caller's.

    Build it *before* the export is written, so a bad dict writes nothing.

    Parameters
    ----------
    target : pathlib.Path
        The exported file the sidecar describes.
    sidecar : mapping
        Reproducibility keys; tensors, arrays, numpy scalars and paths are converted.

    Returns
    -------
    str
        Indented JSON ending with a newline.

    Raises
    ------
    ExportError
        If ``sidecar`` is not a mapping or holds something JSON cannot store.
    """
    json_path = sidecar_path(target)
    if not isinstance(sidecar, Mapping):
        raise ExportError(f"cannot write {json_path}: sidecar must be a dict, got {type(sidecar).__name__}")
    # The bookkeeping keys always describe this export, whatever the caller passed.
    data: dict[str, Any] = {
        "format": SIDECAR_FORMAT,
        "latentlab_version": __version__,
        "file": target.name,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    data.update({k: v for k, v in sidecar.items() if k not in data})
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False, default=_json_default) + "\n"
    except (TypeError, ValueError) as exc:
        raise ExportError(f"cannot write {json_path}: sidecar is not JSON-serialisable ({exc})") from exc


def write_sidecar(path: str | os.PathLike[str], sidecar: Mapping[str, Any]) -> Path:
    """Write the sidecar of an export made by other means (e.g. an ``.npy`` array), atomically.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file the sidecar describes.
    sidecar : mapping
        Reproducibility keys (model, seed, z, labels, mode, …).

    Returns
    -------
    pathlib.Path
        The sidecar's path.
    """
    target = Path(path)
    return atomic_write_text(sidecar_path(target), sidecar_text(target, sidecar))


def write_with_sidecar(target: Path, data: bytes, sidecar: Mapping[str, Any] | None) -> Path:
    """Atomically write an export's bytes and then, unless ``sidecar`` is None, its sidecar.

    Parameters
    ----------
    target : pathlib.Path
        Destination of the export; its folder must exist.
    data : bytes
        Complete file contents.
    sidecar : mapping or None
        Reproducibility keys for ``<target>.json``; checked before anything is written.

    Returns
    -------
    pathlib.Path
        ``target``.

    Raises
    ------
    ExportError
        If the sidecar is not serialisable or a file cannot be written.
    """
    text = None if sidecar is None else sidecar_text(target, sidecar)
    atomic_write_bytes(target, data)
    if text is not None:
        atomic_write_text(sidecar_path(target), text)
    return target


def read_sidecar(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate an export's sidecar.

    Parameters
    ----------
    path : str or os.PathLike
        The exported file (``out.png``) or the sidecar itself (``out.png.json``).

    Returns
    -------
    dict
        The sidecar contents.

    Raises
    ------
    ExportError
        If the sidecar is missing, unreadable, not valid JSON, not an object, lacks the
        standard keys, or has an unknown format.
    """
    p = Path(path)
    json_path = p if p.suffix.lower() == ".json" else sidecar_path(p)
    try:
        text = json_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(f"cannot read {json_path}: file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(f"cannot read {json_path}: {describe_os_error(exc, json_path)}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"cannot read {json_path}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ExportError(f"cannot read {json_path}: expected a JSON object, got {type(data).__name__}")
    missing = [k for k in SIDECAR_KEYS if k not in data]
    if missing:
        raise ExportError(f"cannot read {json_path}: not a latentlab sidecar (missing keys: {', '.join(missing)})")
    if data["format"] != SIDECAR_FORMAT:
        raise ExportError(f"cannot read {json_path}: unsupported sidecar format {data['format']!r}")
    return data


# ---------------------------------------------------------------------------------------
# latents in JSON


def latent_to_json(z: torch.Tensor | np.ndarray) -> list:
    """Latent(s) as nested lists of floats that round-trip exactly through JSON.

    Each value is cast to float32 first and then to a Python float; that widening is
    exact, and JSON writes the shortest decimal that reads back as the same double, so
    :func:`latent_from_json` recovers bit-identical float32 values.

    Parameters
    ----------
    z : torch.Tensor or numpy.ndarray
        Latent of any shape with at least one dimension, e.g. ``(dim,)`` or ``(N, dim)``.

    Returns
    -------
    list
        Nested lists of floats with ``z``'s shape.

    Raises
    ------
    ValueError
        For 0-d input or non-finite values (JSON has no NaN/inf).
    """
    if isinstance(z, torch.Tensor):
        arr = z.detach().to("cpu", torch.float32).numpy()
    else:
        arr = np.asarray(z, dtype=np.float32)
    if arr.ndim == 0:
        raise ValueError("z must have at least one dimension")
    if not np.isfinite(arr).all():
        raise ValueError("z contains NaN or infinite values, which JSON cannot store")
    return arr.tolist()


def latent_from_json(obj: Any) -> torch.Tensor:
    """Inverse of :func:`latent_to_json`.

    Parameters
    ----------
    obj : list
        Nested lists of numbers.

    Returns
    -------
    torch.Tensor
        Float32 CPU tensor.

    Raises
    ------
    ValueError
        If ``obj`` is not a rectangular nested list of numbers.
    """
    try:
        z = torch.tensor(obj, dtype=torch.float32)
    except (TypeError, ValueError, RuntimeError) as exc:
        raise ValueError(f"latent must be a rectangular nested list of numbers: {exc}") from exc
    if z.ndim == 0:
        raise ValueError("latent must be a list, got a single number")
    return z
