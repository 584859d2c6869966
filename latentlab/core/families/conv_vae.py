"""The convolutional VAE of AntixK's PyTorch-VAE (``models/vanilla_vae.py``, ``VanillaVAE``).

A widely copied tutorial layout, saved with ``torch.save(model.state_dict(), …)`` or inside a
Lightning checkpoint (``model.`` prefix): an ``encoder`` Sequential of blocks
[Conv2d(3×3, stride 2, pad 1), BatchNorm2d, LeakyReLU] with widths ``hidden_dims`` (32, 64, 128,
256, 512 by default), ``fc_mu`` / ``fc_var`` (flattened 2×2 map → latent), ``decoder_input``
(latent → widest·4), a ``decoder`` Sequential of [ConvTranspose2d(3×3, stride 2, pad 1,
output_padding 1), BatchNorm2d, LeakyReLU] blocks narrowing back, and ``final_layer``:
[ConvTranspose2d(same width, ×2 up), BatchNorm2d, LeakyReLU, Conv2d(→ channels, 3×3), Tanh].
The image side is 2·2^len(hidden_dims) (64 for five blocks); widths, depth, latent size and
channels are read off the shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

import torch
from torch import nn

from latentlab.core.families.base import Generator, ModelConfig
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family

_ENCODER = re.compile(r"encoder\.(\d+)\.0\.weight")


@dataclass
class ConvVAEConfig(ModelConfig):
    """``hidden_dims``: the encoder's block widths, narrow to wide (the decoder mirrors them)."""

    latent_dim: int = 128
    image_shape: tuple[int, int, int] = (3, 64, 64)
    hidden_dims: list[int] = field(default_factory=lambda: [32, 64, 128, 256, 512])

    def validate(self) -> None:
        super().validate()
        if self.num_classes:
            raise ValueError("the PyTorch-VAE VanillaVAE is unconditional (num_classes must be 0)")
        if not 2 <= len(self.hidden_dims) <= 7 or not all(isinstance(d, int) and 1 <= d <= 4096 for d in self.hidden_dims):
            raise ValueError(f"hidden_dims={self.hidden_dims}: 2 to 7 widths between 1 and 4096")
        side = 2 * 2 ** len(self.hidden_dims)
        if tuple(self.image_shape[1:]) != (side, side):
            raise ValueError(f"image_shape={tuple(self.image_shape)}: {len(self.hidden_dims)} blocks draw {side}×{side}")


def _block(conv: nn.Module, width: int) -> nn.Sequential:
    return nn.Sequential(conv, nn.BatchNorm2d(width), nn.LeakyReLU())


class ConvVAE(Generator):
    """VanillaVAE: conv encoder → (fc_mu, fc_var); decoder_input → transposed convs → final_layer (tanh)."""

    kind = "vae"
    arch = "conv-vae"
    config_class: ClassVar[type[ModelConfig]] = ConvVAEConfig
    output_range: ClassVar[tuple[float, float]] = (-1.0, 1.0)  # final_layer ends in a tanh

    def __init__(self, config: ConvVAEConfig):
        super().__init__(config)
        dims, channels = list(config.hidden_dims), config.image_shape[0]
        self.encoder = nn.Sequential(*[_block(nn.Conv2d(a, b, 3, 2, 1), b) for a, b in zip([channels, *dims], dims)])
        self.fc_mu = nn.Linear(dims[-1] * 4, config.latent_dim)
        self.fc_var = nn.Linear(dims[-1] * 4, config.latent_dim)
        self.decoder_input = nn.Linear(config.latent_dim, dims[-1] * 4)
        back = dims[::-1]
        self.decoder = nn.Sequential(*[_block(nn.ConvTranspose2d(a, b, 3, 2, 1, 1), b) for a, b in zip(back, back[1:])])
        self.final_layer = nn.Sequential(nn.ConvTranspose2d(dims[0], dims[0], 3, 2, 1, 1), nn.BatchNorm2d(dims[0]),
                                         nn.LeakyReLU(), nn.Conv2d(dims[0], channels, 3, padding=1), nn.Tanh())

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Posterior mean and log-variance for images ``x`` (N, C, H, W)."""
        h = torch.flatten(self.encoder(x), 1)  # (N, widest·2·2)
        return self.fc_mu(h), self.fc_var(h)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        h = self.decoder_input(z).view(-1, self.config.hidden_dims[-1], 2, 2)  # (N, widest, 2, 2)
        return self.final_layer(self.decoder(h))  # (N, C, S, S) in [-1, 1]


def config_from_shapes(shapes: dict[str, tuple[int, ...]], num_classes: int | None) -> ConvVAEConfig:
    """Widths from the encoder's kernels, channels from its first, the latent size from ``fc_mu``."""
    kernels = sorted((int(m.group(1)), s) for k, s in shapes.items() if (m := _ENCODER.fullmatch(k)) and len(s) == 4)
    if not kernels:
        raise ValueError("no encoder.N.0.weight convolution kernels")
    if len(shapes.get("fc_mu.weight", ())) != 2:
        raise ValueError("no fc_mu.weight matrix")
    if num_classes:
        raise ValueError(f"--classes {num_classes}: this VAE is unconditional")
    dims = [s[0] for _, s in kernels]
    side = 2 * 2 ** len(dims)
    return ConvVAEConfig(latent_dim=shapes["fc_mu.weight"][0], image_shape=(kernels[0][1][1], side, side),
                         hidden_dims=dims)


FAMILY = Family(
    name="conv-vae", arch=ConvVAE.arch, kind=ConvVAE.kind, title="Convolutional VAE (PyTorch-VAE)", short="VAE",
    description="The VanillaVAE of AntixK's PyTorch-VAE (conv encoder, fc_mu/fc_var), imported from its state dict",
    config=ConvVAEConfig, module=ConvVAE, imported=True, from_shapes=config_from_shapes,
    capabilities=Capabilities(encodes=True, evidence=EvidenceSide.VAE, compared=True),
)
