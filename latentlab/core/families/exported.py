"""Generators saved as ``torch.export`` programs (``.pt2``, ``torch.export.save``).

The modern replacement for TorchScript: an ahead-of-time graph of torch operators with its
weights. Still a program (its graph may call any operator, file reads and writes included),
so ``core/programs.py`` opens it only after the trust step. The manifest may lie beside the
file (``mine.json``) or inside it: ``torch.export.save(ep, "mine.pt2",
extra_files={"latentlab.json": json.dumps(manifest)})``.
"""

from __future__ import annotations

from latentlab.core.families.torchscript import ProgramGenerator, program_families

ARCH = "torch-export"
#: the name of the manifest inside a ``.pt2`` archive's extra files
EXTRA_FILE = "latentlab.json"


class ExportedGenerator(ProgramGenerator):
    """A ``torch.export`` program's module (``ExportedProgram.module()``) as a generator."""

    arch = ARCH

    def train(self, mode: bool = True) -> "ExportedGenerator":
        # An exported graph is frozen in the mode it was exported in (eval, for a generator)
        # and refuses train()/eval(); only this wrapper's flag changes.
        self.training = mode
        return self


VAE_FAMILY, GAN_FAMILY = program_families(ExportedGenerator, "torch.export", "saved with torch.export")
