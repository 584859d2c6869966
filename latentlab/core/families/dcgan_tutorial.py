"""The DCGAN generator of the PyTorch DCGAN tutorial and the pytorch/examples ``dcgan`` script.

Its authors' scripts save ``netG.state_dict()``: a ``main.`` Sequential of
ConvTranspose2d / BatchNorm2d / ReLU blocks ending in Tanh, taking latents (N, nz, 1, 1). The
tutorial's 64×64 model has five transposed convolutions (widths ngf·8, ·4, ·2, ·1, then nc);
one block fewer or more gives 32×32 or 128×128, so the depth is read off the file too.
Here the module keeps the same parameter names (a state dict loads as it is), takes (N, nz)
like every latentlab generator and reshapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import torch
from torch import nn

from latentlab.core.families.base import Generator, ModelConfig, UpConv
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family

_CONV = re.compile(r"main\.(\d+)\.weight")


@dataclass
class DCGANTutorialConfig(ModelConfig):
    """``latent_dim`` is the tutorial's nz, ``base_channels`` its ngf, ``image_shape`` (nc, S, S)."""

    latent_dim: int = 100
    image_shape: tuple[int, int, int] = (3, 64, 64)
    base_channels: int = 64

    def validate(self) -> None:
        super().validate()
        if self.num_classes:
            raise ValueError("the tutorial's DCGAN generator is unconditional (num_classes must be 0)")
        _, h, w = self.image_shape
        if h != w or h < 16 or h & (h - 1):
            raise ValueError(f"image_shape={self.image_shape}: the DCGAN generator draws square images "
                             "of a power-of-two size (16, 32, 64, …)")


class DCGANTutorialGenerator(Generator):
    """``main``: ConvT(nz→ngf·2^(n-2), 4, 1, 0) → [ConvT(×2 up), BN, ReLU]… → ConvT(ngf→nc) → Tanh."""

    kind = "gan"
    arch = "dcgan-tutorial"
    config_class: ClassVar[type[ModelConfig]] = DCGANTutorialConfig
    output_range: ClassVar[tuple[float, float]] = (-1.0, 1.0)  # its last layer is a tanh

    def __init__(self, config: DCGANTutorialConfig):
        super().__init__(config)
        nc, size, _ = config.image_shape
        ngf = config.base_channels
        blocks = size.bit_length() - 3  # 64 px: 4 → 8 → 16 → 32 → 64 is 5 convolutions, 4 of them inside blocks
        widths = [ngf * 2 ** i for i in range(blocks - 1, -1, -1)]  # 64 px: ngf·8, ·4, ·2, ·1
        layers: list[nn.Module] = [UpConv(config.latent_dim, widths[0], 4, 1, 0, bias=False),
                                   nn.BatchNorm2d(widths[0]), nn.ReLU(True)]
        for wide, narrow in zip(widths, widths[1:]):
            layers += [UpConv(wide, narrow, 4, 2, 1, bias=False), nn.BatchNorm2d(narrow), nn.ReLU(True)]
        layers += [UpConv(ngf, nc, 4, 2, 1, bias=False), nn.Tanh()]
        self.main = nn.Sequential(*layers)

    @property
    def source_latent_shape(self) -> tuple[int, int, int]:
        """The latent shape the original module takes (per image): (nz, 1, 1)."""
        return (self.latent_dim, 1, 1)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.main(z.reshape(z.shape[0], -1, 1, 1))  # (N, nz, 1, 1) → (N, nc, S, S) in [-1, 1]

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.generate(z, labels)


def config_from_shapes(shapes: dict[str, tuple[int, ...]], num_classes: int | None) -> DCGANTutorialConfig:
    """nz from the first kernel, ngf and nc from the last, the image size from how many there are."""
    convs = sorted(int(m.group(1)) for k, s in shapes.items() if (m := _CONV.fullmatch(k)) and len(s) == 4)
    if not convs:
        raise ValueError("no main.N.weight convolution kernels")
    if num_classes:
        raise ValueError(f"--classes {num_classes}: this generator is unconditional")
    first, last = shapes[f"main.{convs[0]}.weight"], shapes[f"main.{convs[-1]}.weight"]
    size = 4 * 2 ** (len(convs) - 1)
    return DCGANTutorialConfig(latent_dim=first[0], image_shape=(last[1], size, size), base_channels=last[0])


FAMILY = Family(
    name="dcgan-tutorial", arch=DCGANTutorialGenerator.arch, kind=DCGANTutorialGenerator.kind,
    title="DCGAN (PyTorch tutorial)", short="GAN",
    description="The DCGAN generator of the PyTorch tutorial and examples, imported from its state dict",
    config=DCGANTutorialConfig, module=DCGANTutorialGenerator, imported=True, from_shapes=config_from_shapes,
    capabilities=Capabilities(truncation=True, evidence=EvidenceSide.GAN, compared=True),
)
