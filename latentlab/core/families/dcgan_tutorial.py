"""The DCGAN generator of the PyTorch DCGAN tutorial and the pytorch/examples ``dcgan`` script.

Its authors' scripts save ``netG.state_dict()``: a ``main.`` Sequential of
ConvTranspose2d / BatchNorm2d / ReLU blocks ending in Tanh, taking latents (N, nz, 1, 1). The
tutorial's 64×64 model has five transposed convolutions (widths ngf·8, ·4, ·2, ·1, then nc);
one block fewer or more gives 32×32 or 128×128, so the depth is read off the file too.
Here the module keeps the same parameter names (a state dict loads as it is), takes (N, nz)
like every latentlab generator and reshapes.

Its conditional variant, as class-conditional DCGAN tutorials write it, puts the class beside
z at the input: ``main``'s first kernel takes nz + E channels, where the label is either an
``nn.Embedding(K, E)`` named ``label_emb`` (K and E read off its weight) or a one-hot vector
(E = K, no weights: give ``--classes K``). The input is ``torch.cat([z, label], 1)``, z first,
reshaped to (N, nz + E, 1, 1).

The tutorial saves its discriminator ``netD`` beside the generator, and the importer keeps it
when it finds one (``Capabilities.carries_discriminator``): a ``main.`` Sequential of Conv2d /
BatchNorm2d / LeakyReLU blocks from the image's channels to one sigmoid probability of "real"
(first width ndf, doubling per block). It lives in the generator as the ``discriminator``
submodule, so its tensors are stored under ``discriminator.`` in the same checkpoint and the
config's ``discriminator_channels`` (ndf; 0: none) rebuilds it. Nothing draws with it;
:meth:`DCGANTutorialGenerator.critic_score` lets a view ask it about images.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar

import torch
from torch import nn

from latentlab.core.families.base import Generator, ModelConfig, UpConv
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family

_CONV = re.compile(r"main\.(\d+)\.weight")


@dataclass
class DCGANTutorialConfig(ModelConfig):
    """``latent_dim`` is the tutorial's nz, ``base_channels`` its ngf, ``image_shape`` (nc, S, S).

    ``discriminator_channels`` is the kept discriminator's ndf (0: the file carries none).
    """

    latent_dim: int = 100
    image_shape: tuple[int, int, int] = (3, 64, 64)
    base_channels: int = 64
    discriminator_channels: int = 0

    def validate(self) -> None:
        super().validate()
        if not 0 <= self.discriminator_channels <= 1024:
            raise ValueError(f"discriminator_channels={self.discriminator_channels} must be between 0 and 1024")
        if self.num_classes and type(self) is DCGANTutorialConfig:
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
        layers: list[nn.Module] = [UpConv(config.latent_dim + self._label_width(config), widths[0], 4, 1, 0, bias=False),
                                   nn.BatchNorm2d(widths[0]), nn.ReLU(True)]
        for wide, narrow in zip(widths, widths[1:]):
            layers += [UpConv(wide, narrow, 4, 2, 1, bias=False), nn.BatchNorm2d(narrow), nn.ReLU(True)]
        layers += [UpConv(ngf, nc, 4, 2, 1, bias=False), nn.Tanh()]
        self.main = nn.Sequential(*layers)
        ndf = config.discriminator_channels
        # Registered after ``main``, so the model's device and dtype are still read off the generator.
        self.discriminator = DCGANTutorialDiscriminator(nc, size, ndf) if ndf else None

    @staticmethod
    def _label_width(config: DCGANTutorialConfig) -> int:
        """Input channels the label takes beside z (none: unconditional)."""
        return 0

    @property
    def source_latent_shape(self) -> tuple[int, int, int]:
        """The latent shape the original module takes (per image): (nz, 1, 1)."""
        return (self.latent_dim, 1, 1)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.main(z.reshape(z.shape[0], -1, 1, 1))  # (N, nz, 1, 1) → (N, nc, S, S) in [-1, 1]

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.generate(z, labels)

    def critic_score(self, images: torch.Tensor) -> torch.Tensor:
        """The kept discriminator's probability that each image is real, (N,) in [0, 1].

        ``images`` are (N, C, H, W) in [0, 1] (what :meth:`decode` returns); they are mapped to
        [-1, 1], the range the discriminator saw in training, first.
        """
        if self.discriminator is None:
            raise NotImplementedError(f"this {self.arch} model carries no discriminator (its file had none)")
        if not isinstance(images, torch.Tensor) or tuple(images.shape[1:]) != self.image_shape or images.dim() != 4:
            shape = tuple(images.shape) if isinstance(images, torch.Tensor) else type(images).__name__
            raise ValueError(f"images {shape}: the discriminator takes (N, {', '.join(map(str, self.image_shape))}) "
                             "in [0, 1]")
        lo, hi = self.output_range
        x = images.to(device=self.device, dtype=self.dtype) * (hi - lo) + lo
        with torch.inference_mode():
            return self.discriminator(x).reshape(-1)


class DCGANTutorialDiscriminator(nn.Module):
    """``main``: Conv(nc→ndf, 4, 2, 1), LeakyReLU → [Conv(×2 wide, ½ size), BN, LeakyReLU]… → Conv(→1, 4, 1, 0) → Sigmoid.

    The tutorial's ``netD`` with its parameter names (``main.0.weight``, ``main.3.running_mean``…).
    Takes (N, nc, S, S) in [-1, 1] and returns (N, 1, 1, 1) probabilities, as the original does.
    """

    #: what model cards and notes call it
    title = "DCGAN tutorial discriminator"
    layout = "main: Conv2d 4×4 / BatchNorm2d / LeakyReLU(0.2) blocks → 1 channel, sigmoid"

    def __init__(self, channels: int, size: int, ndf: int):
        super().__init__()
        middle = size.bit_length() - 4  # 64 px: 32 → 16 → 8 → 4 after the first convolution, 3 blocks
        layers: list[nn.Module] = [nn.Conv2d(channels, ndf, 4, 2, 1, bias=False), nn.LeakyReLU(0.2, inplace=True)]
        for i in range(middle):
            wide = ndf * 2 ** (i + 1)
            layers += [nn.Conv2d(wide // 2, wide, 4, 2, 1, bias=False), nn.BatchNorm2d(wide),
                       nn.LeakyReLU(0.2, inplace=True)]
        layers += [nn.Conv2d(ndf * 2 ** middle, 1, 4, 1, 0, bias=False), nn.Sigmoid()]
        self.main = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.main(x)  # (N, nc, S, S) → (N, 1, 1, 1)


def discriminator_from_shapes(config: DCGANTutorialConfig, shapes: dict[str, tuple[int, ...]]) -> DCGANTutorialConfig:
    """``config`` with ``discriminator_channels`` read off a ``netD`` state dict (ndf: the first kernel's width).

    Only ndf is read here; the importer then checks every tensor against the module this config
    builds (the image's channels and size come from the generator).
    """
    first = shapes.get("main.0.weight")
    if first is None or len(first) != 4 or tuple(first[2:]) != (4, 4):
        raise ValueError("no main.0.weight 4×4 convolution kernel")
    if first[1] != config.image_shape[0]:
        raise ValueError(f"main.0.weight takes {first[1]} channels; the generator draws {config.image_shape[0]}")
    return replace(config, discriminator_channels=first[0])


@dataclass
class ConditionalDCGANConfig(DCGANTutorialConfig):
    """``label_embedding``: E of the ``label_emb`` Embedding(K, E); 0 means a one-hot label (E = K)."""

    num_classes: int = 10
    label_embedding: int = 0

    def validate(self) -> None:
        super().validate()
        if self.num_classes < 2 or self.label_embedding < 0:
            raise ValueError(f"num_classes={self.num_classes}, label_embedding={self.label_embedding}: "
                             "a conditional DCGAN needs 2 or more classes and an embedding width of 0 or more")


class ConditionalDCGANTutorialGenerator(DCGANTutorialGenerator):
    """``main`` on cat([z, label], 1): label an ``nn.Embedding`` row or a one-hot vector."""

    arch = "dcgan-tutorial-conditional"
    config_class: ClassVar[type[ModelConfig]] = ConditionalDCGANConfig
    min_classes = 2

    def __init__(self, config: ConditionalDCGANConfig):
        super().__init__(config)
        if config.label_embedding:
            self.label_emb = nn.Embedding(config.num_classes, config.label_embedding)

    @staticmethod
    def _label_width(config: DCGANTutorialConfig) -> int:
        return config.label_embedding or config.num_classes

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        if self.config.label_embedding:
            label = self.label_emb(labels)  # (N, E)
        else:
            label = nn.functional.one_hot(labels, self.config.num_classes).to(z.dtype)  # (N, K)
        return self.main(torch.cat([z, label], 1)[:, :, None, None])  # (N, nz + E, 1, 1) → images


def _conditional_from_shapes(shapes: dict[str, tuple[int, ...]], num_classes: int | None) -> ConditionalDCGANConfig:
    """K and E from ``label_emb``, or K from ``--classes`` for a one-hot label; nz is what is left."""
    plain = config_from_shapes({k: v for k, v in shapes.items() if not k.startswith("label_emb.")}, None)
    embedding = shapes.get("label_emb.weight")
    if embedding is not None:
        if len(embedding) != 2 or (num_classes is not None and num_classes != embedding[0]):
            raise ValueError(f"label_emb.weight is {embedding}, not (--classes, E)")
        classes, width = embedding
    elif num_classes:
        classes, width = num_classes, 0
    else:
        raise ValueError("no label_emb.weight; a one-hot conditional DCGAN needs its class count (--classes)")
    nz = plain.latent_dim - (width or classes)
    if nz < 1:
        raise ValueError(f"main's first kernel takes {plain.latent_dim} channels: no room for {width or classes} label channels")
    return ConditionalDCGANConfig(latent_dim=nz, image_shape=plain.image_shape, base_channels=plain.base_channels,
                                  num_classes=classes, label_embedding=width)


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
    discriminator_from_shapes=discriminator_from_shapes,
    capabilities=Capabilities(truncation=True, evidence=EvidenceSide.GAN, compared=True, carries_discriminator=True),
)
CONDITIONAL_FAMILY = replace(
    FAMILY.conditional_variant(ConditionalDCGANTutorialGenerator, "Conditional DCGAN (tutorial layout)",
                               "A class-conditional DCGAN generator (label embedded or one-hot beside z), "
                               "imported from its state dict"),
    config=ConditionalDCGANConfig, from_shapes=_conditional_from_shapes)
