"""The fully connected VAE of the pytorch/examples ``vae`` script (MNIST, 784-400-20).

``fc1`` (pixels → hidden), ``fc21`` / ``fc22`` (hidden → mu / logvar), ``fc3`` (latent → hidden),
``fc4`` (hidden → pixels, sigmoid). The script flattens 28×28 images; the same layout on other
square images (784 = 1·28², 3072 = 3·32²) is read off ``fc1``'s width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import torch
from torch import nn

from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family


@dataclass
class MLPVAEConfig(ModelConfig):
    """``hidden``: width of the one hidden layer on each side (400 in the examples script)."""

    latent_dim: int = 20
    hidden: int = 400

    def validate(self) -> None:
        super().validate()
        if not 1 <= self.hidden <= 16384:
            raise ValueError(f"hidden={self.hidden} must be between 1 and 16384")
        if self.num_classes:
            raise ValueError("the examples' MLP VAE is unconditional (num_classes must be 0)")


class MLPVAE(Generator):
    """Encoder fc1 → (fc21, fc22); decoder fc3 → fc4 → sigmoid, reshaped to (C, H, W)."""

    kind = "vae"
    arch = "mlp-vae"
    config_class: ClassVar[type[ModelConfig]] = MLPVAEConfig

    def __init__(self, config: MLPVAEConfig):
        super().__init__(config)
        pixels = math.prod(config.image_shape)
        self.fc1 = nn.Linear(pixels, config.hidden)
        self.fc21 = nn.Linear(config.hidden, config.latent_dim)
        self.fc22 = nn.Linear(config.hidden, config.latent_dim)
        self.fc3 = nn.Linear(config.latent_dim, config.hidden)
        self.fc4 = nn.Linear(config.hidden, pixels)

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Posterior mean and log-variance for images ``x`` (N, C, H, W) in [0, 1]."""
        h = torch.relu(self.fc1(x.reshape(x.shape[0], -1)))  # (N, hidden)
        return self.fc21(h), self.fc22(h)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        out = torch.sigmoid(self.fc4(torch.relu(self.fc3(z))))  # (N, C·H·W)
        return out.reshape(z.shape[0], *self.image_shape)


def config_from_shapes(shapes: dict[str, tuple[int, ...]], num_classes: int | None) -> MLPVAEConfig:
    """Pixels and hidden width from ``fc1``, the latent size from ``fc21``."""
    for key in ("fc1.weight", "fc21.weight"):
        if len(shapes.get(key, ())) != 2:
            raise ValueError(f"no {key} matrix")
    if num_classes:
        raise ValueError(f"--classes {num_classes}: this VAE is unconditional")
    hidden, pixels = shapes["fc1.weight"]
    for channels in (1, 3):
        side = math.isqrt(pixels // channels)
        if channels * side * side == pixels:
            return MLPVAEConfig(latent_dim=shapes["fc21.weight"][0], hidden=hidden,
                                image_shape=(channels, side, side))
    raise ValueError(f"fc1.weight takes {pixels} pixels: not a square grey or colour image")


FAMILY = Family(
    name="mlp-vae", arch=MLPVAE.arch, kind=MLPVAE.kind, title="MLP VAE (PyTorch examples)", short="VAE",
    description="The fully connected VAE of the PyTorch examples (784-400-20), imported from its state dict",
    config=MLPVAEConfig, module=MLPVAE, imported=True, from_shapes=config_from_shapes,
    capabilities=Capabilities(encodes=True, evidence=EvidenceSide.VAE, compared=True),
)
