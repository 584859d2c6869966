"""Which file names latentlab opens as models, by route: the one list every opener reads.

The loader (``checkpoint.load_model``), the importer (``import_plan.inspect``), File ▸ Open's
filter, drag and drop and the models folder's scan all take their suffixes from here, so a
route added to the loader cannot be missing from the file dialog. No torch, no Qt: the GUI
reads it while torch is still being imported.

What a file *is* is decided by its bytes (``checkpoint._sniff``, ``programs.program_kind``);
the suffix only says which files to offer. ``.pt`` is in two routes: a ``torch.save`` state dict
is imported, a TorchScript or ``torch.export`` program saved as ``.pt`` opens as a program.
"""

from __future__ import annotations

#: extensions people give ``torch.save`` files; ``core/importers.py`` converts them
STATE_DICT_SUFFIXES = (".pt", ".pth", ".tar", ".ckpt", ".bin")
#: program files: TorchScript (``.pt``, mobile ``.ptl``, ``.jit``), ``torch.export`` (``.pt2``), ONNX
PROGRAM_SUFFIXES = (".pt", ".pt2", ".onnx", ".ptl", ".jit")
#: every route by name, with the suffixes its files have
ROUTES: dict[str, tuple[str, ...]] = {
    "checkpoint": (".safetensors",),  # latentlab's own (a bare safetensors state dict is imported)
    "manifest": (".json",),  # a program's JSON manifest
    "state dict": STATE_DICT_SUFFIXES,
    "program": PROGRAM_SUFFIXES,
}
#: every suffix File ▸ Open, drag and drop and ``latentlab`` commands accept as a model
MODEL_SUFFIXES: tuple[str, ...] = tuple(dict.fromkeys(s for suffixes in ROUTES.values() for s in suffixes))


def filter_patterns(suffixes: tuple[str, ...] = MODEL_SUFFIXES) -> str:
    """``"*.safetensors *.json *.pt …"``: the suffixes as a file dialog's name filter patterns."""
    return " ".join(f"*{s}" for s in suffixes)
