"""Open the models people already have: state dicts of known architectures, read without pickle code.

A ``torch.save(netG.state_dict(), "netG.pth")`` holds only tensors, but the file is a pickle, and
unpickling it in full could run anything. So files are read with ``torch.load(weights_only=True)``
only (tensors and plain containers; ``mmap`` for zip-format files, so a large file is paged in,
not read whole), and a file that asks for anything else is refused before any of it runs. The
generator's tensors are then looked for in the usual containers (a bare state dict,
``{"netG": …, "netD": …}``, Lightning's ``{"state_dict": {"generator.…"}}``, DataParallel's
``module.``, EMA copies) and matched by names and shapes against the **catalogue**: every
registered family with a ``from_shapes`` (``families.catalogue()``), whose config is read off the
shapes and then checked tensor by tensor.

Program files (TorchScript, ``torch.export`` ``.pt2``, ONNX) are not rebuilt; they and state
dicts share one entry point, ``core/import_plan.py`` (``inspect`` → ``ImportPlan`` →
``import_file``), which the CLI's ``latentlab import`` and the GUI's import dialog call.

Typical use of the state-dict route alone::

    from latentlab.core.importers import import_state_dict, save_imported

    imported = import_state_dict("netG.pth")          # ModelImportError: one line naming the problem
    print("\\n".join(imported.summary()))              # architecture, shapes, range for the user to confirm
    save_imported(imported, "netG.safetensors")       # a latentlab checkpoint; its card names the source
"""

from __future__ import annotations

import argparse
import pickle
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import torch

from latentlab.core import families
from latentlab.core.checkpoint import STATE_DICT_SUFFIXES, CheckpointError, save_model
from latentlab.core.errors import keyed
from latentlab.core.families.base import DISCRIMINATOR_PREFIX, Generator

#: the old (pre-1.6, non-zip) format cannot be memory-mapped and is read whole: refuse above this
MAX_WHOLE_READ_BYTES = 2 * 1024**3
HINT = ("name the architecture with --arch, or export the generator with torch.jit.trace and a JSON "
        "manifest (README ▸ Bring your own model)")
_PREFIX_DEPTH = 3  # "module.generator." is as deep as wrappers go in practice
# Plain data classes that training scripts put beside the weights (Lightning's hparams, argparse
# options); rebuilding them sets attributes and runs no code of the file's choosing.
_SAFE_EXTRAS = [argparse.Namespace]

Shapes = dict[str, tuple[int, ...]]
__all__ = ["STATE_DICT_SUFFIXES", "ImportedModel", "Match", "ModelImportError", "find_generator", "import_state_dict",
           "read_weights", "save_imported", "tensor_groups"]


class ModelImportError(CheckpointError):
    """A file could not be imported; the message is one line naming the file and the problem."""


@dataclass
class Match:
    """One family whose layout a group of tensors fits."""

    family: families.Family
    config: Any
    tensors: dict[str, torch.Tensor]
    found_at: str  # where in the file: "netG", "state_dict ▸ generator.", "(the whole file)"


@dataclass
class ImportedModel:
    """A generator rebuilt from someone's state dict, with what was inferred for the user to confirm."""

    model: Generator
    family: families.Family
    source_name: str
    source_sha256: str
    found_at: str
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    discriminator: str | None = None  # where the file kept the discriminator the model now carries ("netD")
    nonfinite: list[str] = field(default_factory=list)  # tensors holding NaN or ±inf (warned; recorded on the card)

    def summary(self) -> list[str]:
        """Lines for the user to check: architecture, where it was found, shapes, range, classes."""
        m = self.model
        lo, hi = m.output_range
        original = getattr(m, "source_latent_shape", None)
        latent = f"(N, {m.latent_dim})" + (f" (the original takes (N, {', '.join(map(str, original))}))"
                                           if original else "")
        c, h, w = m.image_shape
        lines = [f"architecture  {self.family.title} [{self.family.name}]",
                 f"found at      {self.found_at} in {self.source_name}",
                 f"latent        {latent}",
                 f"image         {c}×{h}×{w} ({'grey' if c == 1 else 'colour'})",
                 f"output range  [{lo:g}, {hi:g}] ({'tanh' if lo < 0 else 'sigmoid'})",
                 f"classes       {', '.join(m.class_names) if m.conditional else 'none (unconditional)'}",
                 f"encoder       {'yes' if m.has_encoder else 'no'}",
                 f"parameters    {m.num_parameters():,}"]
        lines += [f"note          {n}" for n in self.notes]
        lines += [f"warning       {w}" for w in self.warnings]
        return lines


# --- reading a file safely ---------------------------------------------------------------------

def read_weights(path: str | Path, max_whole_read: int = MAX_WHOLE_READ_BYTES) -> Any:
    """The tensors and plain containers in a ``torch.save`` or bare ``.safetensors`` file.

    Parameters
    ----------
    path : str or Path
        The file; its bytes, not its extension, decide how it is read.
    max_whole_read : int
        Largest old-format (non-zip) file read into memory; zip files are memory-mapped.

    Raises
    ------
    ModelImportError
        For a pickle that asks for code (nothing of it runs), a TorchScript program, a damaged
        or truncated file, or an old-format file over ``max_whole_read``.
    """
    path = Path(path).expanduser()
    name = path.name
    if not path.is_file():
        raise ModelImportError(f"{path}: file not found" if not path.exists() else f"{path}: not a file")
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(16)
    if not head:
        raise ModelImportError(f"{name}: the file is empty")
    is_zip = head[:4] == b"PK\x03\x04"
    if is_zip:
        _check_archive(path)
    elif len(head) >= 9 and head[8:9] == b"{":
        return _read_safetensors(path)
    elif size > max_whole_read:
        raise ModelImportError(
            f"{name}: {size / 1024**3:.1f} GB in the old torch.save format, which is read whole (limit "
            f"{max_whole_read / 1024**3:.1f} GB); re-save just the generator: torch.save(netG.state_dict(), 'netG.pth')")
    elif _LEGACY_MAGIC not in head + _read_at(path, 16, 16):
        # Not torch.save's old format either (it starts with torch's magic number): a plain
        # pickle.dump file, or not a pickle at all. Refused without handing it to any unpickler.
        what = ("refused without running it: a plain pickle (pickle.dump), not a torch.save file"
                if head[:1] == b"\x80" else "neither a torch.save file nor a safetensors file")
        raise ModelImportError(f"{name}: {what}; latentlab reads state dicts saved with "
                               "torch.save(model.state_dict(), 'model.pth')")
    try:
        with warnings.catch_warnings(), torch.serialization.safe_globals(_SAFE_EXTRAS):
            warnings.simplefilter("ignore")  # torch warns about pickle protocols it reads anyway
            if path.suffix.lower() == ".safetensors":
                # torch.load would hand any file *named* .safetensors to the safetensors reader;
                # these bytes are torch.save's, so pass the open file instead (no mmap for a file object).
                with open(path, "rb") as f:
                    return torch.load(f, map_location="cpu", weights_only=True)
            return torch.load(str(path), map_location="cpu", weights_only=True, mmap=is_zip)
    except pickle.UnpicklingError as exc:
        wanted = re.search(r"GLOBAL (\S+)", str(exc))
        if not wanted and "truncated" in str(exc):
            raise ModelImportError(f"{name}: damaged or truncated ({_last_line(exc)})") from None
        if not wanted and "Unsupported operand 149" in str(exc):  # FRAME: pickle protocol 4 or later
            raise ModelImportError(f"{name}: refused without running it: saved in torch's old format with pickle "
                                   "protocol 4 or later, which the safe reader cannot read; re-save it with "
                                   "torch.save(model.state_dict(), 'model.pth') (the default format)") from None
        what = f"it asks to import {wanted.group(1)}" if wanted else _last_line(exc)
        raise ModelImportError(f"{name}: refused without running it: {what}, and latentlab reads only "
                               "tensors and plain containers from pickle files (a whole pickled model? "
                               "save model.state_dict() instead)") from None
    except (RuntimeError, EOFError, OSError, ValueError) as exc:
        raise ModelImportError(f"{name}: damaged or truncated ({_last_line(exc)})") from None


#: how torch.save's old (non-zip) format begins: its magic number, pickled (a LONG1 of 10 bytes)
_LEGACY_MAGIC = b"\x8a\x0a" + (0x1950A86A20F9469CFC6C).to_bytes(10, "little")


def _read_at(path: Path, offset: int, count: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read(count)


def _last_line(exc: BaseException) -> str:
    """The gist of a torch error: its first non-empty line, shortened."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    text = next((ln for ln in lines if "Unsupported" in ln), lines[0] if lines else type(exc).__name__)
    return text if len(text) <= 160 else text[:157] + "…"


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        raise ModelImportError(f"{path.name}: damaged or truncated (not a complete zip archive)") from None
    if any("/code/" in n for n in names) or any(n.endswith("/archive_format") for n in names):
        raise ModelImportError(f"{path.name}: a program (TorchScript or torch.export), not a state dict: open it "
                               "with --trust-code, or write its manifest: latentlab import FILE --trust-code -o FILE.json")
    if not any(n.endswith("data.pkl") for n in names):
        raise ModelImportError(f"{path.name}: a zip archive but not a torch.save file (no data.pkl)")


def _read_safetensors(path: Path) -> dict[str, torch.Tensor]:
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), framework="pt") as f:
            if (f.metadata() or {}).get("latentlab"):
                raise ModelImportError(f"{path.name}: already a latentlab checkpoint: open it directly")
            return {k: f.get_tensor(k) for k in f.keys()}
    except SafetensorError as exc:
        raise ModelImportError(f"{path.name}: damaged or truncated safetensors file ({exc})") from None


# --- finding the generator -----------------------------------------------------------------------

def tensor_groups(obj: Any, where: str = "", depth: int = 0) -> Iterator[tuple[str, dict[str, torch.Tensor]]]:
    """Every group of named tensors in a loaded file: each dict's tensors, each key prefix's.

    ``{"state_dict": {"generator.main.0.weight": …}}`` yields the whole dict (at
    "state_dict") and its ``generator.`` part (at "state_dict ▸ generator."), with the prefix
    stripped, so wrappers (Lightning, DataParallel's ``module.``, ``torch.compile``'s
    ``_orig_mod.``) need no list of their names.
    """
    if not isinstance(obj, dict) or depth > 4:
        return
    tensors = {k: v for k, v in obj.items() if isinstance(k, str) and isinstance(v, torch.Tensor)}
    if tensors:
        yield where or "(the whole file)", tensors
        prefixes = sorted({".".join(k.split(".")[:n]) + "." for k in tensors
                           for n in range(1, min(_PREFIX_DEPTH, k.count(".")) + 1)})
        for prefix in prefixes:
            if any(part.isdigit() for part in prefix.split(".")):
                continue  # "main.0." cuts a layer in half: never a wrapper
            group = {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}
            yield f"{where + ' ▸ ' if where else ''}{prefix}", group
    for key, value in obj.items():
        if isinstance(key, str) and isinstance(value, dict):
            yield from tensor_groups(value, f"{where} ▸ {key}" if where else key, depth + 1)


def _difference(expected: Shapes, got: Shapes) -> str | None:
    """The first way ``got`` differs from ``expected``: a shape, then a missing or an extra name."""
    for key, shape in expected.items():
        if key in got and got[key] != shape:
            return f"{key} is {got[key]}, expected {shape}"
    missing = [k for k in expected if k not in got and not k.endswith("num_batches_tracked")]
    if missing:
        return f"no {missing[0]}" + (f" (and {len(missing) - 1} more missing)" if len(missing) > 1 else "")
    extra = [k for k in got if k not in expected]
    if extra:
        return f"unexpected {extra[0]}" + (f" (and {len(extra) - 1} more)" if len(extra) > 1 else "")
    return None


def _try(family: families.Family, tensors: dict[str, torch.Tensor], num_classes: int | None) -> tuple[Any, str, int]:
    """(config or None, why not, how many tensors fitted) for one family on one group of tensors."""
    shapes = {k: tuple(v.shape) for k, v in tensors.items()}
    try:
        config = family.from_shapes(shapes, num_classes)
        config.validate()
        with torch.device("meta"):  # shapes only: a nonsense config must not allocate gigabytes
            expected = {k: tuple(v.shape) for k, v in family.module(config).state_dict().items()}
    except (ValueError, KeyError, IndexError) as exc:
        return None, str(exc).strip("'\""), 0
    fitted = sum(shapes.get(k) == s for k, s in expected.items())
    why = _difference(expected, shapes)
    if why is None and family.capabilities.conditional != (config.num_classes > 0):
        why = (f"the tensors fit with {config.num_classes} classes; the conditional architecture needs "
               "at least 2 (give --classes)" if family.capabilities.conditional
               else f"the tensors hold {config.num_classes} classes: a conditional model")
    return (None if why else config), why or "", fitted


def find_generator(obj: Any, name: str, arch: str | None = None, num_classes: int | None = None,
                   key: str | None = None) -> Match:
    """The one generator in a loaded file, matched against the catalogue.

    Parameters
    ----------
    obj : object
        What :func:`read_weights` returned.
    name : str
        The file's name, for messages.
    arch : str, optional
        Try only this family (``--arch``).
    num_classes : int, optional
        Class count the user gave (``--classes``); needed where shapes cannot tell it.
    key : str, optional
        Only groups whose place in the file contains this (``--key netG``).

    Raises
    ------
    ModelImportError
        When nothing matches (naming each architecture tried and what differed), when two
        architectures fit, or when the file holds several generators.
    """
    catalogue = families.catalogue()
    if arch is not None:
        family = families.get(arch)
        if family.from_shapes is None:
            raise ModelImportError(f"--arch {arch}: not an architecture the importer knows; known: "
                                   + ", ".join(families.names(catalogue)))
        catalogue = [family]
    groups = list(tensor_groups(obj))
    if key is not None:
        groups = [(w, t) for w, t in groups if key.rstrip(".") in (p.rstrip(".") for p in w.split(" ▸ "))]
        if not groups:
            raise ModelImportError(f"{name}: --key {key}: no tensors there; the file holds: "
                                   + ", ".join(w for w, _ in tensor_groups(obj) if not w.endswith(".")))
    if not groups:
        raise ModelImportError(f"{name}: no tensors in it (a {type(obj).__name__}, not a state dict); {HINT}")
    matches: list[Match] = []
    nearest: dict[str, tuple[int, str]] = {}
    for where, tensors in groups:
        for family in catalogue:
            config, why, fitted = _try(family, tensors, num_classes)
            if config is not None:
                matches.append(Match(family, config, tensors, where))
            elif family.name not in nearest or fitted > nearest[family.name][0]:
                nearest[family.name] = (fitted, why)
    if not matches:
        tried = "; ".join(f"{families.get(n).title} — {why}" for n, (_, why) in nearest.items())
        raise ModelImportError(keyed("import.no_match", name=name, tried=tried, hint=keyed("import.hint")))
    return _pick(matches, name)


def _pick(matches: list[Match], name: str) -> Match:
    places = list(dict.fromkeys(m.found_at for m in matches))
    for place in places:
        here = [m for m in matches if m.found_at == place]
        if len(here) > 1:
            raise ModelImportError(f"{name}: the tensors at {place} fit several architectures ("
                                   + ", ".join(m.family.name for m in here) + "); choose one with --arch")
    if len(places) == 1:
        return matches[0]
    # The same tensors seen through a wrapper prefix and without it are one generator.
    kept = list({id(next(iter(m.tensors.values()))): m for m in matches}.values())
    if len(kept) == 1:
        return kept[0]
    averaged = [m for m in kept if "ema" in m.found_at.lower()]
    if len(averaged) == 1:  # samples are drawn from the moving average: it is the one to show
        return averaged[0]
    raise ModelImportError(f"{name}: holds {len(kept)} generators (" + ", ".join(
        f"{m.found_at}: {m.family.name}" for m in kept) + "); pick one with --key NAME")


# --- building and saving ---------------------------------------------------------------------------

def import_state_dict(path: str | Path, *, arch: str | None = None, classes: int | list[str] | None = None,
                      dataset: str | None = None, key: str | None = None,
                      max_whole_read: int = MAX_WHOLE_READ_BYTES) -> ImportedModel:
    """Rebuild the generator in someone's state-dict file as a latentlab model.

    Parameters
    ----------
    path : str or Path
        A ``.pt/.pth/.tar/.ckpt/.bin`` (or bare ``.safetensors``) file.
    arch : str, optional
        Family name to try alone (see ``families.catalogue()``).
    classes : int or list of str, optional
        Class count or names, for conditional models whose shapes do not say.
    dataset : str, optional
        The dataset it was trained on: recorded, and its class names used when the count fits.
    key : str, optional
        Which of several generators in the file (``"netG"``, ``"ema"``…).
    max_whole_read : int
        See :func:`read_weights`.

    Returns
    -------
    ImportedModel
        The model (eval mode, CPU) with the source's name and SHA-256 and what was inferred.
    """
    from latentlab.core import datasets
    from latentlab.core.files import file_sha256

    path = Path(path).expanduser()
    obj = read_weights(path, max_whole_read)
    names = [str(c) for c in classes] if isinstance(classes, list) else None
    match = find_generator(obj, path.name, arch, len(names) if names else classes, key)
    critic, critic_notes = _find_discriminator(obj, match)
    config = critic.config if critic is not None else match.config
    model = match.family.module(config)
    expected = model.state_dict()
    state = {k: v for k, v in match.tensors.items()}
    if critic is not None:
        state.update({DISCRIMINATOR_PREFIX + k: v for k, v in critic.tensors.items()})
    state = {k: v.to(expected[k].dtype) for k, v in state.items()}
    for k in expected.keys() - state.keys():  # BN counters older files lack; never read in eval mode
        state[k] = expected[k]
    model.load_state_dict(state)
    model.eval()
    imported = ImportedModel(model, match.family, path.name, file_sha256(path), match.found_at)
    imported.notes += critic_notes
    top = match.found_at.split(" ▸ ")[0]
    kept = critic.found_at.split(" ▸ ")[0] if critic is not None else None
    others = [w for w, _ in tensor_groups(obj)
              if " ▸ " not in w and not w.endswith(".") and w not in (top, kept, "(the whole file)")]
    if critic is not None:
        imported.discriminator = critic.found_at
        imported.notes.append(f"{critic.found_at}: recognised as the {model.discriminator.title} "
                              f"({_count(critic.tensors):,} parameters) and kept beside the generator")
    if others:
        imported.notes.append("also in the file, not imported: " + ", ".join(others))
    bad = [k for k, v in state.items() if v.is_floating_point() and not torch.isfinite(v).all()]
    if bad:
        imported.nonfinite = bad
        imported.warnings.append(f"{len(bad)} tensor(s) hold NaN or infinite values ({bad[0]}…): "
                                 "samples may be blank")
    if model.conditional:
        spec = datasets.find(dataset) if dataset else None
        if names:
            model.class_names = names
        elif spec is not None and len(spec.class_names) == model.num_classes:
            model.class_names = list(spec.class_names)
    return imported


def _find_discriminator(obj: Any, generator: Match) -> tuple[Match | None, list[str]]:
    """The discriminator saved beside ``generator``, when its family keeps one and one fits.

    Every group of tensors other than the generator's is tried against the family's
    discriminator layout (``Family.discriminator_from_shapes``), name by name and shape by shape,
    as generators are. Returns the match (its ``config`` the generator's, extended to carry it)
    or None, and notes for the user: several that fit are named and none is kept.
    """
    family = generator.family
    if not family.capabilities.carries_discriminator:
        return None, []
    mine = {id(t) for t in generator.tensors.values()}
    found: dict[frozenset[int], Match] = {}
    for where, tensors in tensor_groups(obj):
        if mine & {id(t) for t in tensors.values()}:
            continue  # the generator's own tensors (or a group holding them)
        shapes = {k: tuple(v.shape) for k, v in tensors.items()}
        try:
            config = family.discriminator_from_shapes(generator.config, shapes)
            config.validate()
            with torch.device("meta"):
                expected = {k[len(DISCRIMINATOR_PREFIX):]: tuple(v.shape)
                            for k, v in family.module(config).state_dict().items() if k.startswith(DISCRIMINATOR_PREFIX)}
        except (ValueError, KeyError, IndexError):
            continue
        if _difference(expected, shapes) is None:
            # the same tensors seen through a wrapper prefix and without it are one discriminator
            found.setdefault(frozenset(id(t) for t in tensors.values()), Match(family, config, tensors, where))
    if len(found) > 1:
        return None, ["several discriminators fit (" + ", ".join(m.found_at for m in found.values())
                      + "): none kept (latentlab needs only the generator)"]
    return next(iter(found.values()), None), []


def _count(tensors: dict[str, torch.Tensor]) -> int:
    """Parameters (BatchNorm statistics left out, as ``latentlab info`` counts them)."""
    return sum(t.numel() for k, t in tensors.items() if "running_" not in k and "num_batches" not in k)


def save_imported(imported: ImportedModel, out: str | Path, *, dataset: str | None = None,
                  command: str | None = None) -> Path:
    """Write ``imported`` as a latentlab checkpoint whose card names its source (never a path)."""
    source = {"file": imported.source_name, "sha256": imported.source_sha256,
              "found_at": imported.found_at, "arch": imported.family.name}
    critic = imported.model.discriminator if imported.model.has_discriminator else None
    if imported.nonfinite:  # the loader opens these with a warning instead of refusing the file
        source["nonfinite"] = list(imported.nonfinite)
    if critic is not None:
        tensors = critic.state_dict()
        source["discriminator"] = {
            "found_at": imported.discriminator, "architecture": critic.title, "layout": critic.layout,
            "prefix": DISCRIMINATOR_PREFIX, "parameters": _count(tensors),
            "shapes": {k: list(v.shape) for k, v in tensors.items()}}
    provenance: dict[str, Any] = {"imported_from": source}
    if command:
        provenance["command"] = command
    return save_model(imported.model, out, dataset=dataset, provenance=provenance,
                      description=f"{imported.family.title}, imported from {imported.source_name}")
