"""Imported generators that are programs: a user's TorchScript module (and, through
:class:`ProgramGenerator`, ``torch.export`` and ONNX files) described by a manifest.

Two families share each stored ``arch`` ("torchscript", "torch-export", "onnx"); the manifest's
``kind`` says which one a file belongs to, and so which claims and tools apply (a VAE may ship
``encode``, a GAN is sampled with truncation). Opening the file, the trust step and discovering
what the manifest leaves out are ``core/programs.py``'s job.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, ClassVar

import torch

from latentlab.core.families.base import Generator, ModelConfig, label_onehot
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family, all_families, find

ARCH = "torchscript"
#: how a conditional program takes its class: ``(N,)`` integer indices or ``(N, K)`` one-hot floats
LABEL_FORMATS = ("index", "one_hot")


def manifest_kinds(arch: str = ARCH) -> list[str]:
    """The ``kind`` values a program's manifest may give (one per registered family)."""
    return [f.kind for f in all_families() if f.arch == arch]


class ProgramGenerator(Generator):
    """A program file's generator behind the :class:`Generator` interface.

    The program is called as ``module(z)`` or, for conditional models, ``module(z, labels)``,
    with ``z`` reshaped to the manifest's ``latent_shape`` (``[nz]`` or DCGAN's ``[nz, 1, 1]``)
    and labels given as the manifest's ``label_format``. VAEs may expose ``encode(x)``
    returning (mu, logvar).
    """

    arch: ClassVar[str] = ""

    def __init__(self, module: Callable[..., Any], manifest: dict[str, Any], source: Path):
        class_names = manifest.get("class_names") or []
        config = ModelConfig(
            latent_dim=int(manifest["latent_dim"]),
            image_shape=tuple(int(v) for v in manifest["image_shape"]),
            num_classes=len(class_names),
        )
        super().__init__(config)
        self.module = module
        self.kind = manifest["kind"]  # instance attribute: each file says what it is
        self.family = find(self.arch, self.kind)
        self.output_range = tuple(float(v) for v in manifest["output_range"])
        self.class_names = [str(c) for c in class_names]
        self.latent_shape = tuple(int(v) for v in manifest.get("latent_shape") or [self.latent_dim])
        if math.prod(self.latent_shape) != self.latent_dim:
            raise ValueError(f"latent_shape {list(self.latent_shape)} does not hold latent_dim {self.latent_dim} numbers")
        self.label_format = manifest.get("label_format", "index")
        self.program_path = source  # the program itself, where the model was opened by its manifest
        #: manifest fields found by looking at the program rather than read from a manifest
        self.inferred: list[str] = list(manifest.get("_inferred", []))
        # The card names the file, never where it lies on this machine.
        self.card = {"arch": self.arch, "kind": self.kind, "config": config.to_dict(),
                     "class_names": self.class_names, "dataset": manifest.get("dataset"),
                     "provenance": {"source": source.name, **({"sha256": manifest["sha256"]}
                                                              if manifest.get("sha256") else {})},
                     "metrics": manifest.get("metrics", {}), "description": manifest.get("description", ""),
                     "latent_shape": list(self.latent_shape), "label_format": self.label_format}

    @property
    def has_encoder(self) -> bool:
        return self.family.capabilities.encodes and hasattr(self.module, "encode")

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        z = z.reshape(z.shape[0], *self.latent_shape)  # (N, nz) → what the program takes
        if not self.conditional:
            return self.module(z)
        if self.label_format == "one_hot":
            labels = label_onehot(labels, self.num_classes, z.dtype)  # (N,) → (N, K)
        return self.module(z, labels)

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None):
        if not self.has_encoder:
            raise NotImplementedError(f"{self.card['provenance']['source']}: this model has no encode method")
        return self.module.encode(x)


class TorchScriptGenerator(ProgramGenerator):
    """A TorchScript (``torch.jit.trace`` / ``torch.jit.script``) generator."""

    arch = ARCH


def program_families(generator: type[ProgramGenerator], title: str, description: str) -> tuple[Family, Family]:
    """The VAE and GAN families of one program format (same loader, different claims)."""
    vae = Family(
        name=f"{generator.arch}-vae", arch=generator.arch, kind=EvidenceSide.VAE.value, title=f"{title} VAE",
        short="VAE", description=f"Your own VAE, {description}: a decoder (and, if it ships one, an encoder)",
        config=ModelConfig, module=generator, imported=True, program=True,
        capabilities=Capabilities(encodes=True, evidence=EvidenceSide.VAE, compared=True),
    )
    # The same import route; sampled like a GAN (truncation), answering the GAN-side claims.
    gan = replace(vae, name=f"{generator.arch}-gan", kind=EvidenceSide.GAN.value, title=f"{title} GAN", short="GAN",
                  description=f"Your own GAN generator, {description}",
                  capabilities=Capabilities(truncation=True, evidence=EvidenceSide.GAN, compared=True))
    return vae, gan


VAE_FAMILY, GAN_FAMILY = program_families(TorchScriptGenerator, "TorchScript", "exported with TorchScript")
