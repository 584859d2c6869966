"""Look at a state-dict file before importing it: what was matched, what it draws, where it will go.

The GUI's import dialog shows this before anything is written: the matched architecture, the
shapes read off the tensors (for the user to confirm), and 16 samples decoded from the rebuilt
generator. Nothing here writes a file until :func:`write_import`, which goes through
:func:`latentlab.core.importers.save_imported` (atomic: temp file + rename).

Typical use::

    from latentlab.core.import_plan import inspect_import, write_import

    plan = inspect_import("netG.pth")            # ModelImportError: one line naming the problem
    plan.preview.shape                           # (16, 64, 64, 3) uint8
    out = write_import(plan, user_models_dir())  # netG.safetensors (netG-2.safetensors if taken)
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from latentlab.core.checkpoint import STATE_DICT_SUFFIXES
from latentlab.core.importers import ImportedModel, import_state_dict, save_imported

__all__ = ["PREVIEW_SAMPLES", "ImportPlan", "inspect_import", "needs_import", "write_import"]

#: samples in the preview grid (4 × 4)
PREVIEW_SAMPLES = 16


@dataclass
class ImportPlan:
    """A generator rebuilt from a state dict, not yet written anywhere.

    Attributes
    ----------
    imported : ImportedModel
        The model and what the importer inferred.
    preview : numpy.ndarray
        ``(PREVIEW_SAMPLES, H, W, C)`` uint8 samples of seeds 0…15 (class ``i % classes``
        for conditional models).
    dataset : str or None
        The dataset the user named (recorded in the card).
    """

    imported: ImportedModel
    preview: np.ndarray
    dataset: str | None = None

    def shapes(self) -> dict[str, Any]:
        """What was read off the tensors, for the user to confirm.

        Returns
        -------
        dict
            ``arch`` (family name), ``title``, ``latent_dim``, ``latent_shape`` (the
            original's input, e.g. ``(100, 1, 1)``, or ``(latent_dim,)``), ``channels``,
            ``image_size`` ``(H, W)``, ``output`` (``"tanh"`` or ``"sigmoid"``),
            ``num_classes`` (0 when unconditional), ``class_names``, ``encoder``,
            ``parameters``, ``found_at``.
        """
        m = self.imported.model
        c, h, w = (int(v) for v in m.image_shape)
        original = getattr(m, "source_latent_shape", None)
        return {
            "arch": self.imported.family.name,
            "title": self.imported.family.title,
            "latent_dim": int(m.latent_dim),
            "latent_shape": tuple(int(v) for v in original) if original else (int(m.latent_dim),),
            "channels": c,
            "image_size": (h, w),
            "output": "tanh" if m.output_range[0] < 0 else "sigmoid",
            "num_classes": int(m.num_classes) if m.conditional else 0,
            "class_names": list(m.class_names) if m.conditional else [],
            "encoder": bool(m.has_encoder),
            "parameters": int(m.num_parameters()),
            "found_at": self.imported.found_at,
        }


def _is_program_archive(path: Path) -> bool:
    """True for a TorchScript archive (a zip with compiled ``code/``): a program, not a state dict."""
    try:
        with zipfile.ZipFile(path) as zf:
            return any("/code/" in n or n.startswith("code/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def needs_import(path: str | Path) -> bool:
    """True when ``path`` should go through the import dialog rather than open directly.

    ``.pt/.pth/.tar/.ckpt/.bin`` files are ``torch.save`` state dicts, except TorchScript
    programs saved under the same extensions, which open (after the trust step) with their
    manifest. Everything else (``.safetensors``, manifests, ``.pt2``…) opens directly.
    """
    p = Path(path)
    return p.suffix.lower() in STATE_DICT_SUFFIXES and not _is_program_archive(p)


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
    with torch.inference_mode():
        preview = to_uint8(model.decode(z, labels))  # (16, H, W, C)
    return ImportPlan(imported, preview, dataset)


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
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    stem = name or Path(plan.imported.source_name).stem
    out = folder / f"{stem}.safetensors"
    n = 2
    while out.exists():
        out = folder / f"{stem}-{n}.safetensors"
        n += 1
    return save_imported(plan.imported, out, dataset=plan.dataset)
