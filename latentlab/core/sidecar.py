"""Reproducibility sidecars: the JSON file beside every export that regenerates its pixels.

An export ``out.png`` gets ``out.png.json`` with the model (:func:`model_record`: its name,
file name, SHA-256, kind and the latentlab version that saved it, never a folder of the machine
that made the export), the latents ``z``, labels and whatever else the caller records;
:func:`latentlab.core.export.regenerate` reads it back and finds the model again with
:func:`find_model_file` (beside the sidecar, among the known models by SHA-256, or where the
caller says). The sidecar also records the export's own SHA-256 (``file_sha256``) and is
written *before* the export is renamed into place: a save killed between the two leaves a
sidecar whose hash does not match the old file, which :func:`verify_sidecar` reports, so an
image and a sidecar from different saves can never pass as a pair. Latents are stored so that they round-trip bit-exactly through JSON
(:func:`latent_to_json`, :func:`latent_from_json`).

The sidecar text is built *before* any file is written, so a dict that cannot be stored
writes nothing. This module is part of ``latentlab.core`` and must stay free of any GUI import.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch

from latentlab._version import __version__
from latentlab.core.files import (
    ExportError, atomic_path, atomic_write_bytes, atomic_write_text, describe_os_error, file_sha256,
)

__all__ = [
    "SIDECAR_FORMAT",
    "SIDECAR_KEYS",
    "dataset_of_card",
    "find_model_file",
    "model_record",
    "scrub_paths",
    "latent_from_json",
    "latent_to_json",
    "read_sidecar",
    "sidecar_path",
    "sidecar_text",
    "export_path",
    "verify_sidecar",
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
    """Let callers put tensors, arrays, numpy scalars and paths straight into a sidecar.

    A path is recorded by its file name only: a sidecar never names a folder of the machine
    that made it.
    """
    if isinstance(obj, (torch.Tensor, np.ndarray)):
        arr = obj.detach().cpu().numpy() if isinstance(obj, torch.Tensor) else obj
        if arr.dtype.kind in "biu":
            return arr.tolist()
        return latent_to_json(arr)
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, os.PathLike):
        return Path(os.fspath(obj)).name
    raise TypeError(f"object of type {type(obj).__name__} is not JSON serialisable")


def sidecar_text(target: Path, sidecar: Mapping[str, Any], file_hash: str | None = None) -> str:
    """The JSON text of ``target``'s sidecar: the bookkeeping keys plus the caller's.

    Build it *before* the export is written, so a bad dict writes nothing.

    Parameters
    ----------
    target : pathlib.Path
        The exported file the sidecar describes.
    sidecar : mapping
        Reproducibility keys; tensors, arrays and numpy scalars are converted, paths become
        their file names.
    file_hash : str or None, optional
        SHA-256 of the export's bytes, recorded as ``file_sha256``.

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
    if file_hash is not None:
        data["file_sha256"] = file_hash
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
    if sidecar is not None:
        text = sidecar_text(target, sidecar, hashlib.sha256(data).hexdigest())
        atomic_write_text(sidecar_path(target), text)  # first: see the module docstring
    atomic_write_bytes(target, data)
    return target


@contextlib.contextmanager
def export_path(target: str | os.PathLike[str], sidecar: Mapping[str, Any] | None,
                suffix: str | None = None) -> Iterator[Path]:
    """A temporary file to write an export to; on success its sidecar, then the export, land.

    For writers that need a file name (video encoders, ``numpy.save``, memory maps). The
    sidecar is checked before the block runs, and written with the finished file's SHA-256
    before that file is renamed over ``target``.

    Parameters
    ----------
    target : str or os.PathLike
        Final destination.
    sidecar : mapping or None
        Reproducibility keys, or None for no sidecar.
    suffix : str or None, optional
        Extension of the temporary file (defaults to ``target``'s).

    Yields
    ------
    pathlib.Path
        The temporary file to write.

    Raises
    ------
    ExportError
        As for :func:`latentlab.core.files.atomic_path`, or when the sidecar cannot be stored.
    """
    target = Path(target)
    if sidecar is not None:
        sidecar_text(target, sidecar)  # refuse a bad dict before any work is done
    with atomic_path(target, suffix) as tmp:
        yield tmp
        if sidecar is not None and tmp.is_file():
            atomic_write_text(sidecar_path(target), sidecar_text(target, sidecar, file_sha256(tmp)))


def verify_sidecar(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read an export's sidecar and check it belongs to the export beside it.

    Parameters
    ----------
    path : str or os.PathLike
        The export (``out.png``) or its sidecar (``out.png.json``).

    Returns
    -------
    dict
        What :func:`read_sidecar` returns, once the export beside it has the recorded
        ``file_sha256`` (sidecars from before that key are returned unchecked).

    Raises
    ------
    ExportError
        As for :func:`read_sidecar`; also when the file beside it has another SHA-256 (an
        interrupted save, or a copied file).
    """
    p = Path(path)
    data = read_sidecar(p)
    json_path = p if p.suffix.lower() == ".json" else sidecar_path(p)
    expected = data.get("file_sha256")
    export = json_path.with_name(json_path.name[: -len(".json")]) if json_path.name.endswith(".json") else p
    if isinstance(expected, str) and export.is_file():
        actual = file_sha256(export)
        if actual != expected.lower():
            raise ExportError(
                f"{json_path} does not belong to {export.name}: the file's SHA-256 is {actual[:12]}…, "
                f"the sidecar records {expected[:12]}… (a save was interrupted, or one of them was replaced)")
    return data


def dataset_of_card(card: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """What a sidecar records of the model's training data: name, version and file SHA-256s.

    Taken from the card's ``provenance.dataset`` (:func:`latentlab.core.datasets.fingerprint.dataset_record`);
    older cards give just the name. Never a path.

    Parameters
    ----------
    card : mapping or None
        The model's card.

    Returns
    -------
    dict or None
        ``{"name", "version", "files"}`` (``version``/``files`` None when unknown), or None
        without a card.
    """
    if not isinstance(card, Mapping):
        return None
    prov = card.get("provenance")
    record = prov.get("dataset") if isinstance(prov, Mapping) else None
    if isinstance(record, Mapping) and isinstance(record.get("name"), str):
        return {"name": record["name"], "version": record.get("version"), "files": record.get("files")}
    name = card.get("dataset")
    return {"name": Path(name).name, "version": None, "files": None} if isinstance(name, str) and name else None


# ---------------------------------------------------------------------------------------
# the model: recorded by name and SHA-256, found again by them


def _describe_file(path: Path) -> Mapping[str, Any]:
    """The card (or program manifest, with its arch) of a model file; empty when unreadable."""
    try:
        from latentlab.core.zoo import model_info

        info = model_info(path)
    except Exception:  # noqa: BLE001 - the record is still useful with only name and hash
        return {}
    return {**info.card, "kind": info.kind, "arch": info.arch}


def model_record(path: str | os.PathLike[str], *, name: str | None = None,
                 card: Mapping[str, Any] | None = None, sha256: str | None = None) -> dict[str, Any]:
    """What a sidecar records of the model that made an export: never where the file lay.

    Parameters
    ----------
    path : str or os.PathLike
        The model file that was opened (a checkpoint, a program or its manifest).
    name : str or None, optional
        The model's name (its zoo name); defaults to the file's stem.
    card : mapping or None, optional
        The model's card (``model.card``); read from the file when not given.
    sha256 : str or None, optional
        The file's SHA-256 when the caller already knows it; computed otherwise.

    Returns
    -------
    dict
        ``{"name", "file", "sha256", "kind", "arch", "latentlab_version"}``: ``file`` is the
        base name, ``kind``/``arch`` name the family, ``latentlab_version`` is the version that
        saved the model (None when its card does not say; the export's own version is the
        sidecar's top-level ``latentlab_version``).
    """
    p = Path(path)
    if not isinstance(card, Mapping) or not card:
        card = _describe_file(p)
    prov = card.get("provenance")
    version = prov.get("package_version") if isinstance(prov, Mapping) else None

    def text(value: Any) -> str | None:
        return value if isinstance(value, str) and value else None

    return {
        "name": Path(name).name if isinstance(name, str) and name else p.stem,
        "file": p.name,
        "sha256": (sha256 or file_sha256(p)).lower(),
        "kind": text(card.get("kind")),
        "arch": text(card.get("arch")),
        "latentlab_version": text(version),
    }


# An absolute path's folders: POSIX (/a/b/, ~/a/) or Windows (C:\a\). The look-behind keeps
# ratios (3/4) and URLs (http://) whole.
_DIRS = re.compile(r"(?<![\w.:~/-])~?/(?:[^\s/\\'\"(),;]*/)*(?=[^\s/])|\b[A-Za-z]:[\\/](?:[^\s\\/'\"(),;]*[\\/])*")


def scrub_paths(text: str) -> str:
    """``text`` with the folders of every absolute path removed, keeping the file names.

    For free text a sidecar records (an error message naming a file, say): it must not carry
    a folder of the machine that made it.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        ``"/home/ann/m/x.safetensors: damaged"`` → ``"x.safetensors: damaged"``.
    """
    return _DIRS.sub("", text)


def _is_sha256(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdefABCDEF" for c in value)


def find_model_file(record: Any, *, beside: str | os.PathLike[str] | None = None,
                    model: str | os.PathLike[str] | None = None, where: str = "sidecar") -> Path:
    """The model file a sidecar's ``model`` entry names, found by its SHA-256.

    Looked for, in order: ``model`` when the caller gives it (and then only there); the
    ``path`` an old sidecar recorded; the recorded file name in the folder ``beside``
    (the sidecar's); and the models latentlab knows (bundled, the user's models folder and
    ``$LATENTLAB_MODELS``), matched by SHA-256 with files of the recorded name tried first.

    Parameters
    ----------
    record : mapping
        The sidecar's ``model`` entry (:func:`model_record`, or an old one with ``path``).
    beside : str or os.PathLike or None, optional
        The sidecar's folder: a relative old ``path`` and the recorded ``file`` are looked up there.
    model : str or os.PathLike or None, optional
        A model file (or a known model's name) given by the caller; it must have the recorded SHA-256.
    where : str, optional
        What the record came from, for the error message.

    Returns
    -------
    pathlib.Path
        A file with the recorded SHA-256.

    Raises
    ------
    ExportError
        In one line: when the record has no SHA-256, when ``model`` is missing or has another
        SHA-256, or when no file with the recorded SHA-256 is found (naming the recorded name,
        the hash's first digits and every place looked).
    """
    if not isinstance(record, Mapping) or not _is_sha256(record.get("sha256")):
        raise ExportError(f"cannot regenerate from {where}: it has no model sha256")
    expected = str(record["sha256"]).lower()
    short = expected[:12]
    file_name = Path(str(record.get("file") or "")).name  # a bare name, whatever the sidecar says
    legacy = record.get("path")
    if not file_name and isinstance(legacy, str) and legacy:
        file_name = Path(legacy).name
    name = record.get("name") if isinstance(record.get("name"), str) and record.get("name") else None
    name = name or (Path(file_name).stem if file_name else "model")

    if model is not None:
        given = Path(model).expanduser()
        if not given.is_file():
            from latentlab.core.checkpoint import CheckpointError
            from latentlab.core.zoo import find_model

            try:
                given = find_model(str(model))
            except CheckpointError as exc:
                raise ExportError(f"cannot regenerate from {where}: the model given ({exc})") from None
        actual = file_sha256(given)
        if actual != expected:
            raise ExportError(
                f"cannot regenerate from {where}: {given} is not its model {name!r} (SHA-256 {actual[:12]}…, "
                f"the sidecar records {short}…)")
        return given

    base = Path(beside) if beside is not None else None
    places: list[tuple[Path, str]] = []  # (a file of the recorded name, how the message says where)
    if isinstance(legacy, str) and legacy:  # sidecars before names-only records kept a path
        old = Path(legacy).expanduser()
        places.append((base / old if base is not None and not old.is_absolute() else old, f"at the recorded path {old}"))
    if base is not None and file_name:
        places.append((base / file_name, f"beside the sidecar ({base})"))

    from latentlab.core.zoo import model_files, model_folders

    looked: list[str] = []
    changed: list[str] = []  # files of the recorded name with another hash: changed since the export
    tried: set[Path] = set()

    def matches(path: Path, named: bool) -> bool:
        key = path.resolve()
        if key in tried or not path.is_file():
            return False
        tried.add(key)
        if file_sha256(path) == expected:
            return True
        if named:
            changed.append(str(path))
        return False

    for path, said in places:
        looked.append(said)
        if matches(path, True):
            return path
    known = model_files()
    hinted = [p for p in known if p.name == file_name or p.stem == name]
    for path in hinted + [p for p in known if p not in hinted]:
        if matches(path, path in hinted):
            return path
    looked.append("in the model folders (" + ", ".join(str(f) for f in model_folders()) + ")")
    hint = f": {', '.join(changed)} has another SHA-256 (the model changed since the export)" if changed else ""
    raise ExportError(
        f"cannot regenerate from {where}: model {name!r} ({file_name or 'no file name'}, SHA-256 {short}…) "
        f"not found{hint}; looked {', '.join(looked)}; give the model file explicitly")


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
