"""Imported generators: a user's TorchScript module described by a JSON manifest.

Two families share the stored ``arch`` "torchscript"; the manifest's ``kind`` says which one a
file belongs to, and so which claims and tools apply (a VAE may ship ``encode``, a GAN is
sampled with truncation). Loading the file is ``core/checkpoint.py``'s job.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import torch

from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family, all_families, find

ARCH = "torchscript"


def manifest_kinds() -> list[str]:
    """The ``kind`` values a TorchScript manifest may give (one per registered family)."""
    return [f.kind for f in all_families() if f.arch == ARCH]


class TorchScriptGenerator(Generator):
    """A user's TorchScript generator behind the :class:`Generator` interface.

    The scripted module is called as ``module(z)`` or, for conditional models,
    ``module(z, labels)``; VAEs may expose ``encode(x)`` returning (mu, logvar).
    """

    arch = ARCH

    def __init__(self, module: torch.jit.ScriptModule, manifest: dict[str, Any], source: Path):
        class_names = manifest.get("class_names") or []
        config = ModelConfig(
            latent_dim=int(manifest["latent_dim"]),
            image_shape=tuple(int(v) for v in manifest["image_shape"]),
            num_classes=len(class_names),
        )
        super().__init__(config)
        self.module = module
        self.kind = manifest["kind"]  # instance attribute: each file says what it is
        self.family = find(ARCH, self.kind)
        self.output_range = tuple(float(v) for v in manifest["output_range"])
        self.class_names = [str(c) for c in class_names]
        self.card = {"arch": ARCH, "kind": self.kind, "config": config.to_dict(),
                     "class_names": self.class_names, "dataset": manifest.get("dataset"),
                     "provenance": {"source": str(source)}, "metrics": manifest.get("metrics", {}),
                     "description": manifest.get("description", "")}

    @property
    def has_encoder(self) -> bool:
        return self.family.capabilities.encodes and hasattr(self.module, "encode")

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.module(z, labels) if self.conditional else self.module(z)

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None):
        if not self.has_encoder:
            raise NotImplementedError(f"{self.card['provenance']['source']}: this model has no encode method")
        return self.module.encode(x)


VAE_FAMILY = Family(
    name="torchscript-vae", arch=ARCH, kind=EvidenceSide.VAE.value, title="TorchScript VAE", short="VAE",
    description="Your own VAE, exported with TorchScript: a decoder (and, if it ships one, an encoder)",
    config=ModelConfig, module=TorchScriptGenerator, imported=True, program=True,
    capabilities=Capabilities(encodes=True, evidence=EvidenceSide.VAE, compared=True),
)
# The same import route; sampled like a GAN (truncation), answering the GAN-side claims.
GAN_FAMILY = replace(
    VAE_FAMILY, name="torchscript-gan", kind=EvidenceSide.GAN.value, title="TorchScript GAN", short="GAN",
    description="Your own GAN generator, exported with TorchScript",
    capabilities=Capabilities(truncation=True, evidence=EvidenceSide.GAN, compared=True))
