"""Single-file checkpoints: ``.safetensors`` weights + JSON model card in the header metadata.

Also loads a user's TorchScript generator described by a small JSON manifest. Nothing here ever
unpickles a file: pickle-based ``torch.save`` files are recognised by their bytes and refused
with instructions for converting them.
"""

from __future__ import annotations

import hashlib
import json
import struct
import warnings
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from safetensors.torch import save as safetensors_save
from torch import nn

from latentlab.core import families
from latentlab.core.device import resolve_device
from latentlab.core.families.base import Generator
from latentlab.core.families.torchscript import TorchScriptGenerator, manifest_kinds

FORMAT = "latentlab-checkpoint/1"
METADATA_KEY = "latentlab"
CARD_FIELDS = ("dataset", "provenance", "metrics", "description", "training_log")
CONVERT_HINT = (
    "latentlab does not run code from model files. If it holds a state dict of a known architecture, "
    "convert it: latentlab import FILE -o model.safetensors. Otherwise load it in your own script, then either "
    "save it with latentlab.save_model(model, 'model.safetensors') if it is a latentlab model, "
    "or export the generator with torch.jit.trace and add a JSON manifest "
    "(see README ▸ Bring your own model)"
)
_MAX_HEADER = 100 * 1024 * 1024
#: extensions people give ``torch.save`` files; ``core/importers.py`` converts them
STATE_DICT_SUFFIXES = (".pt", ".pth", ".tar", ".ckpt", ".bin")


class CheckpointError(Exception):
    """A model file could not be loaded; the message names the file and the problem."""


def _package_version() -> str:
    try:
        from latentlab._version import __version__

        return __version__
    except ImportError:  # pragma: no cover - only while the package is half-installed
        return "0+unknown"


def _tensor_digest(tensors: dict[str, torch.Tensor]) -> str:
    """SHA-256 over names, dtypes, shapes and bytes: any change to the weights changes it."""
    h = hashlib.sha256()
    for name in sorted(tensors):
        t = tensors[name].detach().cpu().contiguous()
        h.update(f"{name}|{t.dtype}|{tuple(t.shape)}|".encode())
        h.update(t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b"")
    return h.hexdigest()


def save_model(model: nn.Module, path: str | Path, *, storage_dtype: torch.dtype | None = None, **card: Any) -> Path:
    """Write ``model`` as one ``.safetensors`` file with its model card in the metadata.

    Parameters
    ----------
    model : Generator or Classifier
        A registered latentlab architecture.
    path : str or Path
        Destination; written atomically (temp file + rename).
    storage_dtype : torch.dtype, optional
        ``torch.float16`` halves the file; loading casts back to float32.
    **card
        Model-card fields: ``dataset``, ``provenance`` (dict: command, epochs, seconds, device,
        date…), ``metrics`` (dict), ``description``, ``training_log``.

    Returns
    -------
    Path
        The written file.
    """
    from latentlab.core.files import atomic_write_bytes

    family = families.maybe_family_of(model)
    if family is None or family.program:
        raise CheckpointError(f"cannot save {type(model).__name__}: not a registered latentlab architecture")
    unknown = set(card) - set(CARD_FIELDS)
    if unknown:
        raise TypeError(f"unknown model-card fields {sorted(unknown)}; allowed: {CARD_FIELDS}")
    tensors = {}
    for name, t in model.state_dict().items():
        t = t.detach().cpu()
        if storage_dtype is not None and t.is_floating_point():
            t = t.to(storage_dtype)
        tensors[name] = t.contiguous()
    provenance = dict(card.get("provenance") or {})
    provenance.setdefault("package_version", _package_version())
    provenance.setdefault("saved", datetime.now(timezone.utc).isoformat(timespec="seconds"))
    meta = {
        "format": FORMAT,
        "arch": family.arch,
        "kind": family.kind,
        "config": model.config.to_dict(),
        "class_names": list(model.class_names) if getattr(model, "class_names", None) else [],
        "dataset": card.get("dataset"),
        "provenance": provenance,
        "metrics": card.get("metrics") or {},
        "description": card.get("description", ""),
        "training_log": card.get("training_log"),
        "tensor_sha256": _tensor_digest(tensors),
    }
    data = safetensors_save(tensors, metadata={METADATA_KEY: json.dumps(meta)})
    path = Path(path)
    atomic_write_bytes(path, data)
    return path


def update_card(path: str | Path, *, metrics: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """Merge ``metrics`` (by group) and other card ``fields`` into a checkpoint, atomically.

    The weights are copied unchanged (their checksum still holds); returns the new card.
    """
    from latentlab.core.files import atomic_write_bytes

    path = Path(path)
    card = read_card(path)
    if "tensor_sha256" not in card:
        raise CheckpointError(f"{path}: only latentlab .safetensors files have an editable card")
    unknown = set(fields) - set(CARD_FIELDS)
    if unknown:
        raise TypeError(f"unknown model-card fields {sorted(unknown)}; allowed: {CARD_FIELDS}")
    with safe_open(str(path), framework="pt") as f:
        tensors = {name: f.get_tensor(name) for name in f.keys()}
    if _tensor_digest(tensors) != card["tensor_sha256"]:
        raise CheckpointError(f"{path}: the weights do not match their checksum (file corrupted)")
    if metrics:
        merged = dict(card.get("metrics") or {})
        merged.update(metrics)
        card["metrics"] = merged
    card.update(fields)
    atomic_write_bytes(path, safetensors_save(tensors, metadata={METADATA_KEY: json.dumps(card)}))
    return card


def _sniff(path: Path) -> str:
    """Classify a file by its bytes: safetensors, torchscript, pickle, json or unknown."""
    with open(path, "rb") as f:
        head = f.read(16)
    if not head:
        return "empty"
    # Safetensors first: its little-endian header length may itself start with byte 0x80.
    if len(head) >= 9 and head[8:9] == b"{" and path.suffix.lower() not in (".pkl", ".pickle"):
        return "safetensors"
    if head[:1] == b"\x80" or path.suffix.lower() in (".pkl", ".pickle"):
        return "pickle"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return "corrupt-zip"
        if any("/code/" in n for n in names) and any(n.endswith("constants.pkl") for n in names):
            return "torchscript"
        return "pickle"  # a torch.save archive: data.pkl would be unpickled
    if head.lstrip()[:1] == b"{" and path.suffix.lower() == ".json":
        return "json"
    return "unknown"


def read_card(path: str | Path) -> dict[str, Any]:
    """The model card (metadata) of a latentlab ``.safetensors`` file, without loading weights."""
    path = Path(path)
    _check_file(path)
    kind = _sniff(path)
    if kind == "json":
        return _read_manifest(path)
    if kind != "safetensors":
        _refuse(path, kind)
    return _read_safetensors_meta(path)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise CheckpointError(f"{path}: file not found")
    if not path.is_file():
        raise CheckpointError(f"{path}: not a file")


def _refuse(path: Path, kind: str) -> None:
    if kind == "pickle":
        raise CheckpointError(f"{path.name}: a pickle-based file (torch.save / .pkl). {CONVERT_HINT}.")
    if kind == "empty":
        raise CheckpointError(f"{path}: the file is empty")
    if kind == "corrupt-zip":
        raise CheckpointError(f"{path}: looks like a zip/TorchScript archive but is damaged or truncated")
    if kind == "torchscript":
        raise CheckpointError(
            f"{path}: a TorchScript file needs a JSON manifest beside it "
            f"({path.with_suffix('.json').name}) describing latent_dim, image_shape, output_range and kind"
        )
    raise CheckpointError(f"{path}: not a latentlab model (expected .safetensors or a TorchScript manifest)")


def _read_safetensors_meta(path: Path) -> dict[str, Any]:
    size = path.stat().st_size
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) < 8:
            raise CheckpointError(f"{path}: truncated (only {size} bytes)")
        (n,) = struct.unpack("<Q", raw)
        if n > min(size - 8, _MAX_HEADER):
            raise CheckpointError(f"{path}: truncated or corrupted (header of {n} bytes in a {size}-byte file)")
        header_bytes = f.read(n)
    try:
        header = json.loads(header_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{path}: corrupted header ({exc})") from None
    metadata = header.get("__metadata__") if isinstance(header, dict) else None
    if not isinstance(metadata, dict) or METADATA_KEY not in metadata:
        raise CheckpointError(
            f"{path}: a safetensors file without latentlab metadata (no model card); "
            "save it with latentlab.save_model so the architecture and config travel with the weights"
        )
    try:
        card = json.loads(metadata[METADATA_KEY])
    except (TypeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{path}: the model card is not valid JSON ({exc})") from None
    if not isinstance(card, dict):
        raise CheckpointError(f"{path}: the model card is not a JSON object")
    for key in ("arch", "config", "tensor_sha256"):
        if key not in card:
            raise CheckpointError(f"{path}: the model card has no {key!r}")
    return card


def _load_safetensors(path: Path, device: torch.device) -> nn.Module:
    card = _read_safetensors_meta(path)
    arch = card["arch"]
    try:
        family = families.find(arch, card.get("kind"))
    except families.UnknownFamilyError as exc:
        raise CheckpointError(f"{path}: {exc}") from None
    if family.program:
        raise CheckpointError(f"{path}: a {family.title} file is not a .safetensors checkpoint")
    try:
        config = family.config.from_dict(card["config"])
        model = family.module(config)
    except (ValueError, TypeError) as exc:
        raise CheckpointError(f"{path}: bad config for {arch}: {exc}") from None
    try:
        tensors: dict[str, torch.Tensor] = {}
        with safe_open(str(path), framework="pt") as f:
            for name in f.keys():
                tensors[name] = f.get_tensor(name)
    except Exception as exc:  # safetensors raises its own error types for damaged files
        raise CheckpointError(f"{path}: damaged weights ({exc})") from None
    if _tensor_digest(tensors) != card["tensor_sha256"]:
        raise CheckpointError(f"{path}: the weights do not match their checksum (file corrupted)")
    expected = model.state_dict()
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    if missing or unexpected:
        raise CheckpointError(
            f"{path}: weights do not fit the {arch} config "
            f"(missing {missing[:5]}{'…' if len(missing) > 5 else ''}, "
            f"unexpected {unexpected[:5]}{'…' if len(unexpected) > 5 else ''})"
        )
    for name, t in tensors.items():
        if tuple(t.shape) != tuple(expected[name].shape):
            raise CheckpointError(
                f"{path}: tensor {name} has shape {tuple(t.shape)}, the config needs {tuple(expected[name].shape)}"
            )
        if t.is_floating_point() and not torch.isfinite(t).all():
            raise CheckpointError(f"{path}: tensor {name} contains NaN or infinite values")
    model.load_state_dict({k: v.to(expected[k].dtype) for k, v in tensors.items()})
    class_names = card.get("class_names") or []
    if class_names:
        if not isinstance(class_names, list) or len(class_names) != config.num_classes:
            raise CheckpointError(f"{path}: {len(class_names)} class names for {config.num_classes} classes")
        model.class_names = [str(c) for c in class_names]
    model.card = card
    return model.to(device).eval()


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"{path}: manifest is not valid JSON ({exc})") from None
    if not isinstance(manifest, dict):
        raise CheckpointError(f"{path}: manifest must be a JSON object")
    return manifest


def _load_torchscript(manifest_path: Path, device: torch.device) -> Generator:
    manifest = _read_manifest(manifest_path)
    problems = []
    if not isinstance(manifest.get("latent_dim"), int) or manifest["latent_dim"] < 1:
        problems.append("latent_dim must be a positive integer")
    shape = manifest.get("image_shape")
    if not (isinstance(shape, list) and len(shape) == 3 and all(isinstance(v, int) and v > 0 for v in shape)):
        problems.append("image_shape must be [C, H, W]")
    if manifest.get("output_range") not in ([-1, 1], [0, 1]):
        problems.append("output_range must be [-1, 1] or [0, 1]")
    kinds = manifest_kinds()
    if manifest.get("kind") not in kinds:
        problems.append("kind must be " + " or ".join(f'"{k}"' for k in kinds))
    names = manifest.get("class_names", [])
    if not isinstance(names, list):
        problems.append("class_names must be a list")
    if problems:
        raise CheckpointError(f"{manifest_path}: bad manifest: " + "; ".join(problems))
    model_file = manifest_path.parent / manifest.get("file", manifest_path.with_suffix(".pt").name)
    _check_file(model_file)
    kind = _sniff(model_file)
    if kind != "torchscript":
        _refuse(model_file, kind)
    try:
        with warnings.catch_warnings():
            # torch.jit.load is deprecated upstream but remains the only way to run a user's
            # scripted generator without unpickling Python objects.
            warnings.simplefilter("ignore", DeprecationWarning)
            module = torch.jit.load(str(model_file), map_location="cpu")
    except Exception as exc:
        raise CheckpointError(f"{model_file}: cannot load TorchScript ({exc})") from None
    try:
        model = TorchScriptGenerator(module, manifest, model_file)
    except ValueError as exc:
        raise CheckpointError(f"{manifest_path}: {exc}") from None
    model.eval()
    # The manifest is a claim: check it with one probe decode before anyone relies on it.
    try:
        probe = model.decode(torch.zeros(1, model.latent_dim), [0] if model.conditional else None)
    except Exception as exc:
        raise CheckpointError(f"{model_file}: decoding a probe latent failed ({exc})") from None
    if tuple(probe.shape[1:]) != model.image_shape:
        raise CheckpointError(
            f"{manifest_path}: manifest says image_shape {list(model.image_shape)}, "
            f"the model produces {list(probe.shape[1:])}"
        )
    return model.to(device)


def load_model(path: str | Path, device: str | torch.device | None = "auto") -> nn.Module:
    """Load a latentlab checkpoint or a TorchScript generator with its manifest.

    Parameters
    ----------
    path : str or Path
        A ``.safetensors`` file written by :func:`save_model`, a manifest ``.json``, or a
        TorchScript file with a manifest of the same stem beside it.
    device : str or torch.device, optional
        ``"auto"`` (default), ``"cpu"``, ``"cuda[:N]"`` or ``"mps"``.

    Returns
    -------
    Generator or Classifier
        In eval mode on ``device``, with ``.card`` (the metadata) and ``.source_path`` set.

    Raises
    ------
    CheckpointError
        For anything that is not a loadable latentlab model; the message names the file.
    """
    path = Path(path).expanduser()
    _check_file(path)
    dev = resolve_device(device)
    kind = _sniff(path)
    if kind == "safetensors":
        model = _load_safetensors(path, dev)
    elif kind == "json":
        model = _load_torchscript(path, dev)
    elif kind == "torchscript" and path.with_suffix(".json").is_file():
        model = _load_torchscript(path.with_suffix(".json"), dev)
    else:
        _refuse(path, kind)
    model.source_path = path
    return model
