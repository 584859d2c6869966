"""One entry point for every import route: look at a file, show the plan, then write it.

``latentlab import`` and the GUI's import dialog (File ▸ Open, drag and drop) both go through
here. :func:`inspect` matches a state dict against the catalogue (``core/importers.py``:
``torch.load(weights_only=True)`` only) or opens a program (TorchScript, ``torch.export``,
ONNX: ``core/programs.py``, after the trust step for the first two) and returns an
:class:`ImportPlan`: the matched architecture, the shapes read off the file for the person to
confirm, and a model ready to draw. :func:`inspect_import` adds the dialog's preview grid of 16
samples. Nothing is written until :func:`import_file` (a latentlab ``.safetensors`` for a state
dict, a manifest ``.json`` for a program) or :func:`write_import` (the dialog's OK: into the
models folder, never over another file); both write atomically (temp file + rename).

Typical use::

    from latentlab.core.import_plan import import_file, inspect, inspect_import, write_import

    plan = inspect("netG.pth")                   # ModelImportError: one line naming the problem
    print("\n".join(plan.summary()))             # what `latentlab import` prints
    import_file("netG.pth", "netG.safetensors", plan=plan)

    plan = inspect_import("netG.pth")            # the same plan, with its preview drawn
    plan.preview.shape                           # (16, 64, 64, 3) uint8
    out = write_import(plan, user_models_dir())  # netG.safetensors (netG-2.safetensors if taken)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from latentlab.core import families
from latentlab.core.checkpoint import METADATA_KEY, STATE_DICT_SUFFIXES
from latentlab.core.families.base import Generator
from latentlab.core.importers import (
    ImportedModel,
    ModelImportError,
    import_state_dict,
    save_imported,
)

__all__ = ["PREVIEW_SAMPLES", "ImportPlan", "import_file", "inspect", "inspect_import", "needs_import", "write_import"]

#: samples in the preview grid (4 × 4)
PREVIEW_SAMPLES = 16


@dataclass
class ImportPlan:
    """What importing a file would give, for the person to confirm before anything is written.

    The one plan of every route: :func:`inspect` makes it (the CLI prints :meth:`summary`),
    :func:`inspect_import` adds the preview grid the GUI's import dialog shows, and
    :func:`import_file` / :func:`write_import` write it.

    Attributes
    ----------
    path : Path
        The file looked at.
    route : str
        "state-dict" (rebuilt from a known architecture) or a program kind ("torchscript",
        "export", "onnx": described by a manifest).
    family : Family
        The matched (or opened) family.
    model : Generator
        Ready to draw (``model.decode(model.sample_latent(16, seed=0))``).
    found_at : str
        Where in the file the generator was found (state dicts).
    inferred : list of str
        Fields read off the file rather than stated by a manifest (programs).
    notes, warnings : list of str
        Lines for the person to read (a kept discriminator, NaN weights…).
    imported : ImportedModel or None
        The state-dict route's rebuilt model and its source; None for programs.
    dataset : str or None
        The dataset the person named (recorded on the card).
    preview : numpy.ndarray or None
        ``(PREVIEW_SAMPLES, H, W, C)`` uint8 samples, once ``inspect_import`` has drawn them.
    """

    path: Path
    route: str
    family: families.Family
    model: Generator
    found_at: str = ""
    inferred: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    imported: ImportedModel | None = None
    dataset: str | None = None
    preview: Any = None

    @classmethod
    def of_state_dict(cls, path: str | Path, imported: ImportedModel, dataset: str | None = None) -> ImportPlan:
        """The plan of a state dict :func:`import_state_dict` rebuilt."""
        return cls(Path(path), "state-dict", imported.family, imported.model, imported.found_at,
                   notes=imported.notes, warnings=imported.warnings, imported=imported, dataset=dataset)

    @property
    def latent_shape(self) -> tuple[int, ...]:
        """The latent shape (per image) the original takes: (nz,) or (nz, 1, 1)."""
        return tuple(getattr(self.model, "source_latent_shape", None) or getattr(self.model, "latent_shape", None)
                     or (self.model.latent_dim,))

    def shapes(self) -> dict[str, Any]:
        """What was read off the file, for the person to confirm (the import dialog's fields).

        Returns
        -------
        dict
            ``arch`` (family name), ``title``, ``latent_dim``, ``latent_shape`` (the
            original's input, e.g. ``(100, 1, 1)``, or ``(latent_dim,)``), ``channels``,
            ``image_size`` ``(H, W)``, ``output`` (``"tanh"`` or ``"sigmoid"``),
            ``num_classes`` (0 when unconditional), ``class_names``, ``encoder``,
            ``discriminator`` (where a kept one was found, or None), ``parameters``, ``found_at``.
        """
        m = self.model
        c, h, w = (int(v) for v in m.image_shape)
        return {
            "arch": self.family.name,
            "title": self.family.title,
            "latent_dim": int(m.latent_dim),
            "latent_shape": tuple(int(v) for v in self.latent_shape),
            "channels": c,
            "image_size": (h, w),
            "output": "tanh" if m.output_range[0] < 0 else "sigmoid",
            "num_classes": int(m.num_classes) if m.conditional else 0,
            "class_names": list(m.class_names) if m.conditional else [],
            "encoder": bool(m.has_encoder),
            "discriminator": self.imported.discriminator if self.imported is not None else None,
            "parameters": int(m.num_parameters()),
            "found_at": self.found_at,
        }

    def summary(self) -> list[str]:
        """Lines for the user to check (the same as ``latentlab import`` prints)."""
        if self.imported is not None:
            return self.imported.summary()
        m = self.model
        lo, hi = m.output_range
        c, h, w = m.image_shape
        guessed = set(self.inferred)

        def mark(key: str) -> str:
            return " (read off the file: check it)" if key in guessed else ""
        lines = [f"architecture  {self.family.title} [{self.family.name}]",
                 f"latent        (N, {', '.join(map(str, self.latent_shape))}){mark('latent_shape')}",
                 f"image         {c}×{h}×{w}{mark('image_shape')}",
                 f"output range  [{lo:g}, {hi:g}]{mark('output_range')}",
                 f"classes       {', '.join(m.class_names) if m.conditional else 'none (unconditional)'}"
                 + (f", labels as {m.label_format}" if m.conditional else ""),
                 f"kind          {m.kind}{mark('kind')}",
                 f"parameters    {m.num_parameters():,}"]
        return lines + [f"note          {n}" for n in self.notes] + [f"warning       {w}" for w in self.warnings]


def inspect(path: str | Path, *, arch: str | None = None, classes: int | list[str] | None = None,
            dataset: str | None = None, key: str | None = None) -> ImportPlan:
    """Match or open ``path`` and say what was found, without writing anything.

    Parameters
    ----------
    path : str or Path
        A state dict (``.pt/.pth/.tar/.ckpt/.bin``, bare ``.safetensors``) or a program
        (TorchScript ``.pt``, ``torch.export`` ``.pt2``, ``.onnx``), with or without a manifest.
    arch, classes, dataset, key
        As for :func:`~latentlab.core.importers.import_state_dict` (state dicts only).

    Returns
    -------
    ImportPlan

    Raises
    ------
    UntrustedCodeError
        For a TorchScript or ``torch.export`` file not yet trusted (``trust_program``); nothing ran.
    ModelImportError, CheckpointError
        One line naming the file and the problem (and, for state dicts, what was tried).
    """
    from latentlab.core.checkpoint import _check_file, load_model
    from latentlab.core.programs import GENERATORS, program_kind

    path = Path(path).expanduser()
    _check_file(path)
    kind = "manifest" if path.suffix.lower() == ".json" else program_kind(path)
    if kind is None:
        imported = import_state_dict(path, arch=arch, classes=classes, dataset=dataset, key=key)
        return ImportPlan.of_state_dict(path, imported, dataset)
    model = load_model(path, "cpu")  # UntrustedCodeError first, for programs that run code
    route = next(k for k, g in GENERATORS.items() if g.arch == model.arch)
    plan = ImportPlan(path, route, families.family_of(model), model, inferred=list(model.inferred), dataset=dataset)
    if plan.inferred:
        plan.notes.append("no manifest said " + ", ".join(plan.inferred) + ": read off the file")
    return plan


def import_file(path: str | Path, out: str | Path, *, arch: str | None = None, dataset: str | None = None,
                classes: int | list[str] | None = None, key: str | None = None, command: str | None = None,
                plan: ImportPlan | None = None) -> Path:
    """Import ``path``: a latentlab ``.safetensors`` for a state dict, a manifest ``.json`` for a program.

    A program's manifest records what was inferred and the program's SHA-256 (checked on every
    load), and must lie in the program's folder. ``plan``: a plan :func:`inspect` already made.
    Returns the written file.
    """
    from latentlab.core.files import atomic_write_bytes, file_sha256

    plan = plan or inspect(path, arch=arch, classes=classes, dataset=dataset, key=key)
    dataset = dataset or plan.dataset
    out = Path(out)
    if plan.imported is not None:
        if out.suffix.lower() != ".safetensors":
            raise ModelImportError(f"{out}: a converted state dict is written as a .safetensors file")
        return save_imported(plan.imported, out, dataset=dataset, command=command)
    if out.suffix.lower() != ".json":
        raise ModelImportError(f"{out}: a {plan.family.title} is described by a manifest: name it .json")
    source = Path(getattr(plan.model, "program_path", plan.path))
    if out.resolve().parent != source.resolve().parent:
        raise ModelImportError(f"{out}: a manifest must lie in the same folder as {source.name}")
    m = plan.model
    manifest = {"file": source.name, "sha256": file_sha256(source), "kind": m.kind,
                "latent_dim": m.latent_dim, "latent_shape": list(plan.latent_shape),
                "image_shape": list(m.image_shape), "output_range": [int(v) for v in m.output_range],
                "class_names": list(m.class_names), "label_format": m.label_format,
                "dataset": dataset or m.card.get("dataset"), "description": m.card.get("description", "")}
    atomic_write_bytes(out, (json.dumps(manifest, indent=2) + "\n").encode())
    return out


def needs_import(path: str | Path) -> bool:
    """True when ``path`` should go through the import dialog rather than open directly.

    ``.pt/.pth/.tar/.ckpt/.bin`` files are ``torch.save`` state dicts, except programs
    (TorchScript, ``torch.export``) saved under the same extensions, which open (after the
    trust step) with their manifest; a ``.safetensors`` file without a latentlab model card is
    someone's bare state dict. Everything else (checkpoints, manifests, ``.pt2``, ``.onnx``)
    opens directly, and a file that cannot be read opens directly too, to say why.
    """
    from latentlab.core.programs import program_kind

    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix in STATE_DICT_SUFFIXES:
            return program_kind(p) is None
        if suffix == ".safetensors":
            return not _has_model_card(p)
    except OSError:
        return suffix in STATE_DICT_SUFFIXES  # the import dialog names the problem
    return False


def _has_model_card(path: Path) -> bool:
    """Whether a safetensors header carries latentlab's metadata (read without loading a tensor)."""
    import json
    import struct

    with open(path, "rb") as f:
        head = f.read(8)
        if len(head) < 8:
            return True  # not a state dict either: the loader says what is wrong
        (n,) = struct.unpack("<Q", head)
        if n > 100 * 1024 * 1024:
            return True
        try:
            header = json.loads(f.read(n))
        except (ValueError, RecursionError):
            return True
    meta = header.get("__metadata__") if isinstance(header, dict) else None
    return not isinstance(header, dict) or (isinstance(meta, dict) and METADATA_KEY in meta)


def inspect_import(path: str | Path, *, arch: str | None = None, classes: int | list[str] | None = None,
                   dataset: str | None = None) -> ImportPlan:
    """Rebuild the generator in ``path`` and draw its preview, writing nothing.

    Parameters
    ----------
    path : str or Path
        A state-dict file.
    arch : str, optional
        Family name to try alone; the default tries the whole catalogue.
    classes : int or list of str, optional
        Class count or names for conditional models.
    dataset : str, optional
        The dataset it was trained on (recorded; supplies class names when the count fits).

    Returns
    -------
    ImportPlan
        The state-dict route's plan with ``preview``: ``(PREVIEW_SAMPLES, H, W, C)`` uint8
        samples of seeds 0…15 (class ``i % classes`` for conditional models).

    Raises
    ------
    ModelImportError
        With one line naming the file and the problem (see :mod:`latentlab.core.importers`).
    """
    import torch

    from latentlab.core.latent import seed_latents
    from latentlab.core.pixels import to_uint8

    imported = import_state_dict(path, arch=arch, classes=classes, dataset=dataset)
    model = imported.model
    z = torch.as_tensor(seed_latents(range(PREVIEW_SAMPLES), model.latent_dim))  # (16, D)
    labels = torch.arange(PREVIEW_SAMPLES) % model.num_classes if model.conditional else None
    plan = ImportPlan.of_state_dict(path, imported, dataset)
    with torch.inference_mode():
        plan.preview = to_uint8(model.decode(z, labels))  # (16, H, W, C)
    return plan


def write_import(plan: ImportPlan, folder: str | Path, *, name: str | None = None) -> Path:
    """Write ``plan`` as a latentlab checkpoint in ``folder``, never over an existing file.

    Parameters
    ----------
    plan : ImportPlan
        From :func:`inspect_import`.
    folder : str or Path
        Destination folder (created if missing), usually ``paths.user_models_dir()``.
    name : str, optional
        File stem; defaults to the source file's stem. ``-2``, ``-3``… are appended when taken.

    Returns
    -------
    Path
        The written ``.safetensors`` file.
    """
    if plan.imported is None:
        raise ModelImportError(f"{plan.path.name}: a {plan.family.title} is not converted; describe it with "
                               "a manifest (latentlab import FILE --trust-code -o FILE.json)")
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    stem = name or Path(plan.imported.source_name).stem
    out = folder / f"{stem}.safetensors"
    n = 2
    while out.exists():
        out = folder / f"{stem}-{n}.safetensors"
        n += 1
    return save_imported(plan.imported, out, dataset=plan.dataset)
