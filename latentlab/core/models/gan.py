"""DCGAN-style generator, its conditional variant, and the spectral-norm discriminator.

Recipe (chosen for stability on a CPU budget): spectrally normalised discriminator, hinge loss,
Adam(2e-4, β=(0.0, 0.9)). Conditional models use a projection discriminator (Miyato & Koyama
2018) and feed a one-hot label to the generator.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm as _spectral_norm

from latentlab.core.models.base import Generator, ModelConfig, conv_plan, label_onehot


@dataclass
class GANConfig(ModelConfig):
    """GAN hyper-parameters (generator and discriminator share the widths)."""

    latent_dim: int = 64
    base_channels: int = 64


class GAN(Generator):
    """Generator G(z[, y]) → image in [-1, 1]."""

    kind = "gan"
    arch = "gan"
    config_class = GANConfig
    output_range = (-1.0, 1.0)

    def __init__(self, config: GANConfig):
        super().__init__(config)
        c, _, _ = config.image_shape
        plan = conv_plan(config.image_shape, config.base_channels)
        bh, bw = plan.base_hw
        ch = plan.channels
        self._base = (ch[-1], bh, bw)
        self.project = nn.Sequential(
            nn.Linear(config.latent_dim + config.num_classes, ch[-1] * bh * bw, bias=False),
            nn.BatchNorm1d(ch[-1] * bh * bw),
            nn.ReLU(inplace=True),
        )
        up: list[nn.Module] = []
        for i in range(len(ch) - 1, 0, -1):
            up += [nn.ConvTranspose2d(ch[i], ch[i - 1], 4, 2, 1, bias=False), nn.BatchNorm2d(ch[i - 1]), nn.ReLU(inplace=True)]
        up += [nn.ConvTranspose2d(ch[0], c, 4, 2, 1), nn.Tanh()]
        self.net = nn.Sequential(*up)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        if self.conditional:
            z = torch.cat([z, label_onehot(labels, self.num_classes, z.dtype)], dim=1)
        return self.net(self.project(z).view(-1, *self._base))  # (N, C, H, W) in [-1, 1]

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.generate(z, labels)


class ConditionalGAN(GAN):
    """Class-conditional generator."""

    arch = "cgan"

    def __init__(self, config: GANConfig):
        if config.num_classes < 2:
            raise ValueError("a conditional GAN needs num_classes ≥ 2")
        super().__init__(config)


class Discriminator(nn.Module):
    """Spectral-norm conv critic; with ``num_classes`` > 0 a projection discriminator.

    Takes images in [-1, 1] (N, C, H, W) and returns one unbounded score per image (N,).
    """

    def __init__(self, config: GANConfig, use_spectral_norm: bool = True):
        super().__init__()
        c, _, _ = config.image_shape
        plan = conv_plan(config.image_shape, config.base_channels)
        bh, bw = plan.base_hw
        # Without spectral norm the critic is unconstrained: the "mode collapse" teaching preset.
        spectral_norm = _spectral_norm if use_spectral_norm else (lambda m: m)
        layers: list[nn.Module] = []
        in_ch = c
        for out_ch in plan.channels:
            layers += [spectral_norm(nn.Conv2d(in_ch, out_ch, 4, 2, 1)), nn.LeakyReLU(0.2, inplace=True)]
            in_ch = out_ch
        layers += [spectral_norm(nn.Conv2d(in_ch, in_ch, 3, 1, 1)), nn.LeakyReLU(0.2, inplace=True)]
        self.features = nn.Sequential(*layers, nn.Flatten())
        feat = in_ch * bh * bw
        self.head = spectral_norm(nn.Linear(feat, 1))
        self.embed = spectral_norm(nn.Embedding(config.num_classes, feat)) if config.num_classes else None

    def forward(self, x: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        h = self.features(x)  # (N, F)
        out = self.head(h).squeeze(1)
        if self.embed is not None:
            out = out + (self.embed(labels) * h).sum(dim=1)
        return out
