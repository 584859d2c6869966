"""Single-file checkpoints: ``.safetensors`` weights + JSON model card in the header metadata.

Also opens a user's program file (TorchScript, ``torch.export``, ONNX) with its JSON manifest,
through ``core/programs.py``, which runs a TorchScript or ``torch.export`` file only after the
trust step (``core/trust.py``). Nothing here ever unpickles a file: pickle-based ``torch.save``
files are recognised by their bytes and refused with instructions for converting them.
"""

from __future__ import annotations

import errno
import hashlib
import json
import stat
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
from latentlab.core.errors import error_message, keyed, term
from latentlab.core.families.base import Generator
# Every route's suffixes live in core/model_files.py; STATE_DICT_SUFFIXES is still a public name here.
from latentlab.core.model_files import STATE_DICT_SUFFIXES  # noqa: F401
from latentlab.core.programs import open_program, program_kind, sibling_program
# Defined beside the trust list (core/trust.py); these are still the public names of this module.
from latentlab.core.trust import CheckpointError, UntrustedCodeError, is_trusted_program, trust_program  # noqa: F401

FORMAT = "latentlab-checkpoint/1"
METADATA_KEY = "latentlab"
#: ``teaching_order``: place in the teaching sequence (1: the model a first run opens)
CARD_FIELDS = ("dataset", "provenance", "metrics", "description", "training_log", "teaching_order", "directions")
CONVERT_HINT = (
    "latentlab never unpickles model files. If it holds a state dict of a known architecture, "
    "convert it: latentlab import FILE -o model.safetensors. Otherwise load it in your own script, then either "
    "save it with latentlab.save_model(model, 'model.safetensors') if it is a latentlab model, "
    "or export the generator with torch.jit.trace, torch.export or ONNX and add a JSON manifest "
    "(see README ▸ Bring your own model)"
)
_MAX_HEADER = 100 * 1024 * 1024


class CheckpointWarning(UserWarning):
    """A model opened, but with something the person should know (one line naming the file)."""


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
        raise CheckpointError(keyed("checkpoint.checksum", path=path))
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
    program = program_kind(path)
    if program is not None:
        return program
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path):
                pass
        except (zipfile.BadZipFile, OSError):
            return "corrupt-zip"
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
    """Refuse anything that is not a regular file, saying what it is instead."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CheckpointError(keyed("file.not_found", path=path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise CheckpointError(f"{path}: a symbolic link that loops back on itself, not a model file") from None
        raise CheckpointError(keyed("file.cannot_read", path=path, reason=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise CheckpointError(keyed("checkpoint.folder", path=path))
    if stat.S_ISFIFO(info.st_mode):
        raise CheckpointError(f"{path}: a named pipe (FIFO), not a model file")
    if not stat.S_ISREG(info.st_mode):
        raise CheckpointError(f"{path}: a device or socket, not a model file")


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(4096)
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch in "\r\n\t" for ch in text)


def _refuse(path: Path, kind: str) -> None:
    if kind == "pickle":
        raise CheckpointError(keyed("checkpoint.pickle", name=path.name, hint=keyed("checkpoint.convert_hint")))
    if kind == "empty":
        raise CheckpointError(keyed("checkpoint.empty", path=path))
    if kind == "corrupt-zip":
        raise CheckpointError(keyed("checkpoint.damaged_archive", path=path))
    if path.suffix.lower() == ".safetensors":
        what = term("a text file" if _looks_like_text(path) else "unrecognised bytes, not the safetensors format")
        raise CheckpointError(keyed("checkpoint.not_latentlab_named", path=path, what=what))
    raise CheckpointError(keyed("checkpoint.not_latentlab", path=path))


def _json_or_refuse(path: Path, text: str | bytes, what: str) -> Any:
    """``json.loads`` whose every failure (bad JSON, deep nesting, 6,000-digit numbers) is one line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CheckpointError(f"{path}: {what} is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise CheckpointError(f"{path}: {what} is nested too deeply") from None
    except (ValueError, TypeError) as exc:  # UnicodeDecodeError, int() digit limit
        raise CheckpointError(f"{path}: {what} is damaged ({str(exc).splitlines()[0]})") from None


def _read_header(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The safetensors header (tensor entries) and the model card, checked for types."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) < 8:
            raise CheckpointError(keyed("checkpoint.truncated", path=path, size=size))
        (n,) = struct.unpack("<Q", raw)
        if n > min(size - 8, _MAX_HEADER):
            raise CheckpointError(f"{path}: truncated or corrupted (header of {n} bytes in a {size}-byte file)")
        header_bytes = f.read(n)
    header = _json_or_refuse(path, header_bytes, "the header")
    metadata = header.get("__metadata__") if isinstance(header, dict) else None
    if not isinstance(metadata, dict) or METADATA_KEY not in metadata:
        raise CheckpointError(
            f"{path}: a safetensors file without latentlab metadata (no model card); if it is a state dict "
            f"of a known architecture, import it: latentlab import {path.name} -o {path.stem}-latentlab.safetensors "
            "(File ▸ Open does this); or save it with latentlab.save_model so the architecture and config "
            "travel with the weights"
        )
    if not isinstance(metadata[METADATA_KEY], str):
        raise CheckpointError(f"{path}: the model card is not a JSON text")
    card = _json_or_refuse(path, metadata[METADATA_KEY], "the model card")
    if not isinstance(card, dict):
        raise CheckpointError(f"{path}: the model card is not a JSON object")
    _check_card(path, card)
    return header, card


def _check_card(path: Path, card: dict[str, Any]) -> None:
    for key in ("arch", "config", "tensor_sha256"):
        if key not in card:
            raise CheckpointError(f"{path}: the model card has no {key!r}")
    if card.get("format") != FORMAT:
        found = "no format version" if "format" not in card else f"format {str(card['format'])[:40]!r}"
        raise CheckpointError(f"{path}: the model card has {found}; this version of latentlab reads {FORMAT!r}")
    for key, kind in (("arch", str), ("tensor_sha256", str), ("config", dict)):
        if not isinstance(card[key], kind):
            raise CheckpointError(f"{path}: the model card's {key!r} must be a {_JSON_NAMES[kind]}, "
                                  f"not {type(card[key]).__name__}")
    if "kind" in card and not isinstance(card["kind"], str):
        raise CheckpointError(f"{path}: the model card's 'kind' must be a string, not {type(card['kind']).__name__}")
    names = card.get("class_names")
    if names is not None and not (isinstance(names, list) and all(isinstance(c, str) for c in names)):
        raise CheckpointError(f"{path}: the model card's 'class_names' must be a list of strings")


_JSON_NAMES = {str: "string", dict: "JSON object"}


def _read_safetensors_meta(path: Path) -> dict[str, Any]:
    return _read_header(path)[1]


def _stored_tensors(path: Path, header: dict[str, Any]) -> dict[str, tuple[str, tuple[int, ...]]]:
    """``{name: (safetensors dtype, shape)}`` from the header, with every shape checked for sense."""
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        shape = entry.get("shape") if isinstance(entry, dict) else None
        dtype = entry.get("dtype") if isinstance(entry, dict) else None
        if (not isinstance(dtype, str) or not isinstance(shape, list)
                or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= _MAX_PARAMETERS
                           for v in shape)):
            raise CheckpointError(f"{path}: the header entry for tensor {str(name)[:60]!r} is damaged")
        out[name] = (dtype, tuple(shape))
    return out


def _check_against_header(path: Path, arch: str, model: nn.Module,
                          stored: dict[str, tuple[str, tuple[int, ...]]]) -> None:
    """Compare the (meta-device) model's tensors with the file's header before anything is allocated."""
    expected = model.state_dict()
    count = sum(t.numel() for t in expected.values())
    if count > _MAX_PARAMETERS:
        raise CheckpointError(f"{path}: the {arch} config asks for {count:,} numbers; latentlab loads "
                              f"models of at most {_MAX_PARAMETERS:,}")
    missing = sorted(set(expected) - set(stored))
    unexpected = sorted(set(stored) - set(expected))
    if missing or unexpected:
        raise CheckpointError(
            f"{path}: weights do not fit the {arch} config "
            f"(missing {missing[:5]}{'…' if len(missing) > 5 else ''}, "
            f"unexpected {unexpected[:5]}{'…' if len(unexpected) > 5 else ''})"
        )
    for name, (dtype, shape) in stored.items():
        want = expected[name]
        if shape != tuple(want.shape):
            raise CheckpointError(keyed("checkpoint.tensor_shape", path=path, name=name, shape=shape,
                                         want=tuple(want.shape)))
        # Float weights may be stored in a smaller float (save_model's storage_dtype); an integer
        # in their place would be converted numerically (1.0 stored as int32 reads as 1065353216).
        ok = dtype in _FLOAT_DTYPES if want.is_floating_point() else dtype == _SAFETENSORS_DTYPES.get(want.dtype)
        if not ok:
            raise CheckpointError(f"{path}: tensor {name} is stored as {dtype[:10]}, the model needs {want.dtype}")


#: the most numbers (parameters and buffers) a checkpoint may ask for: ~1.6 GB in float32, far above
#: any model latentlab trains, far below what would exhaust a laptop's memory
_MAX_PARAMETERS = 400_000_000
_FLOAT_DTYPES = ("F16", "BF16", "F32", "F64")
_SAFETENSORS_DTYPES = {torch.int64: "I64", torch.int32: "I32", torch.uint8: "U8", torch.bool: "BOOL"}


def check_safetensors_header(path: str | Path, check_family: bool = True
                             ) -> tuple[dict[str, Any], dict[str, tuple[str, tuple[int, ...]]], int]:
    """Validate a ``.safetensors`` model's card and tensor table without reading any weights.

    The same checks :func:`load_model` makes before it allocates anything (``latentlab info``
    uses it): card types and format, the architecture and kind, the config, and every tensor's
    shape. The card itself is *not* covered by ``tensor_sha256`` (that checksum is over the
    tensors), which is why it is validated on every read.

    Parameters
    ----------
    path : str or Path
        The file.
    check_family : bool, optional
        Also check the architecture, kind and config against the registered family (listings
        pass False so that a file of an unknown family is still listed).

    Returns
    -------
    card : dict
        The model card.
    stored : dict
        ``{tensor name: (safetensors dtype, shape)}``.
    params : int
        Number of stored values, at most the loader's limit.

    Raises
    ------
    CheckpointError
        One line naming the file and the problem.
    """
    path = Path(path)
    _check_file(path)
    kind = _sniff(path)
    if kind != "safetensors":
        _refuse(path, kind)
    header, card = _read_header(path)
    if check_family:
        _family_and_config(path, card)
    stored = _stored_tensors(path, header)
    params = 0
    for dtype, shape in stored.values():
        count = 1
        for dim in shape:
            count *= dim
        params += count
        if params > _MAX_PARAMETERS:
            raise CheckpointError(f"{path}: the header lists more than {_MAX_PARAMETERS:,} numbers; "
                                  "latentlab loads no model that large")
    return card, stored, params


def _family_and_config(path: Path, card: dict[str, Any]) -> tuple[Any, Any]:
    arch = card["arch"]
    try:
        family = families.find(arch, card.get("kind"))
    except families.UnknownFamilyError as exc:
        raise CheckpointError(f"{path}: {exc}") from None
    if family.program:
        raise CheckpointError(f"{path}: a {family.title} file is not a .safetensors checkpoint")
    if "kind" in card and card["kind"] != family.kind:
        raise CheckpointError(f"{path}: the model card says kind {card['kind'][:40]!r}, "
                              f"but {arch!r} is a {family.kind!r} model")
    try:
        config = family.config.from_dict(card["config"])
    except (ValueError, TypeError, OverflowError) as exc:
        raise CheckpointError(f"{path}: bad config for {arch}: {exc}") from None
    return family, config


def _load_safetensors(path: Path, device: torch.device) -> nn.Module:
    header, card = _read_header(path)
    arch = card["arch"]
    family, config = _family_and_config(path, card)
    stored = _stored_tensors(path, header)
    try:
        # On the meta device nothing is allocated: a ~1 MB file whose config asks for a network of
        # billions of parameters is refused here, before any memory is spent on it.
        with torch.device("meta"):
            shape_only = family.module(config)
    except Exception as exc:  # the config passed validation but the module still refused it
        raise CheckpointError(f"{path}: cannot build {arch} from its config ({error_message(exc)})") from None
    _check_against_header(path, arch, shape_only, stored)
    try:
        model = family.module(config)
    except Exception as exc:
        raise CheckpointError(f"{path}: cannot build {arch} from its config ({error_message(exc)})") from None
    try:
        tensors: dict[str, torch.Tensor] = {}
        with safe_open(str(path), framework="pt") as f:
            for name in f.keys():
                tensors[name] = f.get_tensor(name)
    except Exception as exc:  # safetensors raises its own error types for damaged files
        raise CheckpointError(f"{path}: damaged weights ({error_message(exc)})") from None
    if _tensor_digest(tensors) != card["tensor_sha256"]:
        raise CheckpointError(keyed("checkpoint.checksum", path=path))
    expected = model.state_dict()
    nonfinite = [name for name, t in tensors.items() if t.is_floating_point() and not torch.isfinite(t).all()]
    if nonfinite:
        # A checkpoint of ours with NaNs is a diverged run: refused. One imported from a file that
        # already held them opens with a warning (the importer warned too, and recorded which).
        known = _imported_nonfinite(card)
        refused = [name for name in nonfinite if name not in known]
        if refused:
            raise CheckpointError(f"{path}: tensor {refused[0]} contains NaN or infinite values")
        warnings.warn(f"{path.name}: {len(nonfinite)} tensor(s) hold NaN or infinite values ({nonfinite[0]}…), "
                      "as the file it was imported from did: samples may be blank", CheckpointWarning, stacklevel=3)
    model.load_state_dict({k: v.to(expected[k].dtype) for k, v in tensors.items()})
    class_names = card.get("class_names") or []
    if class_names:
        if len(class_names) != config.num_classes:
            raise CheckpointError(f"{path}: {len(class_names)} class names for {config.num_classes} classes")
        model.class_names = list(class_names)
    model.card = card
    return model.to(device).eval()


def _imported_nonfinite(card: dict[str, Any]) -> set[str]:
    """Tensors the importer found NaN or infinite in the source file (``provenance.imported_from.nonfinite``)."""
    provenance = card.get("provenance")
    source = provenance.get("imported_from") if isinstance(provenance, dict) else None
    names = source.get("nonfinite") if isinstance(source, dict) else None
    return {n for n in names if isinstance(n, str)} if isinstance(names, list) else set()


def _read_manifest(path: Path) -> dict[str, Any]:
    from latentlab.core.files import read_json

    try:
        manifest = read_json(path)
    except (ValueError, FileNotFoundError) as exc:
        raise CheckpointError(f"manifest {error_message(exc)}") from None
    if not isinstance(manifest, dict):
        raise CheckpointError(f"{path}: manifest must be a JSON object")
    return manifest


def _manifest_model_file(manifest_path: Path, manifest: dict[str, Any]) -> Path:
    """The model file a manifest names, which must lie in the manifest's own folder."""
    name = manifest.get("file", sibling_program(manifest_path))
    if not isinstance(name, str) or not name:
        raise CheckpointError(f"{manifest_path}: bad manifest: file must be a file name (a string)")
    if len(name) > 255 or "\0" in name or any(ch in name for ch in "\n\r"):
        raise CheckpointError(f"{manifest_path}: bad manifest: file {name[:40]!r}… is not a usable file name")
    folder = manifest_path.parent.resolve()
    model_file = (folder / name).resolve()
    # A manifest passed around with a model must not point the loader at other files on the machine.
    if model_file.parent != folder and folder not in model_file.parents:
        raise CheckpointError(f"{manifest_path}: bad manifest: file {name[:80]!r} lies outside the manifest's folder")
    return manifest_path.parent / name


def _open_manifest(manifest_path: Path, device: torch.device) -> Generator:
    """The program a manifest describes: the file it names, in its own folder."""
    manifest = _read_manifest(manifest_path)
    model_file = _manifest_model_file(manifest_path, manifest)
    _check_file(model_file)
    kind = _sniff(model_file)
    if kind not in PROGRAM_KINDS:
        _refuse(model_file, kind)
    return open_program(model_file, kind, manifest, manifest_path, device)


def _open_program_file(path: Path, kind: str, device: torch.device) -> Generator:
    """A program opened by its own name: the manifest of the same stem, if there is one, applies."""
    manifest_path = path.with_suffix(".json")
    if manifest_path.is_file():
        manifest = _read_manifest(manifest_path)
        if _manifest_model_file(manifest_path, manifest).resolve() == path.resolve():
            return open_program(path, kind, manifest, manifest_path, device)
    return open_program(path, kind, None, None, device)


#: the :func:`_sniff` kinds that are program files (``core/programs.py``)
PROGRAM_KINDS = ("torchscript", "export", "onnx")


def load_model(
    path: str | Path, device: str | torch.device | None = "auto", *, trust_code: bool = False
) -> nn.Module:
    """Load a latentlab checkpoint, or a program file (TorchScript, ``.pt2``, ``.onnx``) with its manifest.

    Parameters
    ----------
    path : str or Path
        A ``.safetensors`` file written by :func:`save_model`, a manifest ``.json``, or a
        program file; a manifest of the same stem beside it is read, and what it leaves out is
        read off the program (``core/programs.py``).
    device : str or torch.device, optional
        ``"auto"`` (default), ``"cpu"``, ``"cuda[:N]"`` or ``"mps"``.
    trust_code : bool, optional
        Agree to run the code of a program file (TorchScript, ``torch.export``); see
        :class:`UntrustedCodeError` and :func:`trust_program`.

    Returns
    -------
    Generator or Classifier
        In eval mode on ``device``, with ``.card`` (the metadata) and ``.source_path`` set.

    Raises
    ------
    UntrustedCodeError
        For a TorchScript or ``torch.export`` file not trusted in this process (``trust_code``);
        raised before anything in the file runs.
    CheckpointError
        For anything that is not a loadable latentlab model; the message names the file.
    """
    path = Path(path).expanduser()
    _check_file(path)
    if trust_code:
        trust_program(path)
    dev = resolve_device(device)
    kind = _sniff(path)
    if kind == "safetensors":
        model = _load_safetensors(path, dev)
    elif kind == "json":
        model = _open_manifest(path, dev)
    elif kind in PROGRAM_KINDS:
        model = _open_program_file(path, kind, dev)
    else:
        _refuse(path, kind)
    model.source_path = path
    return model
