"""Look at a state-dict file before importing it: what was matched, what it draws, where it will go.

The GUI's import dialog shows this before anything is written: the matched architecture, the
shapes read off the tensors (for the user to confirm), and 16 samples decoded from the rebuilt
generator. The plan is :class:`latentlab.core.importers.ImportPlan` (the one plan of every
route, which the CLI's ``latentlab import`` prints) with its ``preview`` drawn. Nothing here
writes a file until :func:`write_import`, which goes through
:func:`latentlab.core.importers.save_imported` (atomic: temp file + rename).

Typical use::

    from latentlab.core.import_plan import inspect_import, write_import

    plan = inspect_import("netG.pth")            # ModelImportError: one line naming the problem
    plan.preview.shape                           # (16, 64, 64, 3) uint8
    out = write_import(plan, user_models_dir())  # netG.safetensors (netG-2.safetensors if taken)
"""

from __future__ import annotations

from pathlib import Path

from latentlab.core.checkpoint import METADATA_KEY, STATE_DICT_SUFFIXES
from latentlab.core.importers import (
    ImportPlan,
    ModelImportError,
    import_state_dict,
    save_imported,
)

__all__ = ["PREVIEW_SAMPLES", "inspect_import", "needs_import", "write_import"]

#: samples in the preview grid (4 × 4)
PREVIEW_SAMPLES = 16


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
