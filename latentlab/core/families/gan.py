"""The GAN family: a DCGAN-style generator and the spectral-norm discriminator (``cgan.py`` extends it).

Recipe (chosen for stability on a CPU budget): spectrally normalised discriminator, hinge loss,
Adam(2e-4, β=(0.5, 0.999)). Conditional models use a projection discriminator (Miyato & Koyama
2018), optionally with an auxiliary classification head (AC-GAN, Odena et al. 2017), and feed the
label to the generator at its input and, with ``label_conditioning="every-layer"``, through
class-conditional batch norm in every upsampling block.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import torch
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm as _spectral_norm

from latentlab.core.families.base import (
    ClassBatchNorm2d, Generator, ModelConfig, UpConv, check_label_conditioning, conv_plan, label_onehot,
)
from latentlab.core.families.registry import Adversary, Capabilities, EvidenceSide, Family, TrainerRef
from latentlab.core.families.shapes import gan_config


@dataclass
class GANConfig(ModelConfig):
    """GAN hyper-parameters (generator and discriminator share the widths).

    Parameters
    ----------
    label_conditioning : str
        Conditional models only: ``"input"`` concatenates the one-hot label to z;
        ``"every-layer"`` also modulates every upsampling block with class-conditional batch norm.
    """

    latent_dim: int = 64
    base_channels: int = 64
    label_conditioning: str = "input"

    def validate(self) -> None:
        super().validate()
        check_label_conditioning(self.label_conditioning)


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
        self.every_layer = config.num_classes > 0 and config.label_conditioning == "every-layer"
        if self.every_layer:
            # Separate lists (not one Sequential) because each norm also takes the labels.
            self.up = nn.ModuleList(UpConv(ch[i], ch[i - 1], 4, 2, 1, bias=False)
                                    for i in range(len(ch) - 1, 0, -1))
            self.norms = nn.ModuleList(ClassBatchNorm2d(ch[i - 1], config.num_classes)
                                       for i in range(len(ch) - 1, 0, -1))
            self.to_image = nn.Sequential(UpConv(ch[0], c, 4, 2, 1), nn.Tanh())
        else:
            up: list[nn.Module] = []
            for i in range(len(ch) - 1, 0, -1):
                up += [UpConv(ch[i], ch[i - 1], 4, 2, 1, bias=False), nn.BatchNorm2d(ch[i - 1]), nn.ReLU(inplace=True)]
            up += [UpConv(ch[0], c, 4, 2, 1), nn.Tanh()]
            self.net = nn.Sequential(*up)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        if self.conditional:
            z = torch.cat([z, label_onehot(labels, self.num_classes, z.dtype)], dim=1)
        h = self.project(z).view(-1, *self._base)
        if not self.every_layer:
            return self.net(h)  # (N, C, H, W) in [-1, 1]
        for conv, norm in zip(self.up, self.norms):
            h = torch.relu(norm(conv(h), labels))
        return self.to_image(h)

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.generate(z, labels)


class Discriminator(nn.Module):
    """Spectral-norm conv critic; with ``num_classes`` > 0 a projection discriminator.

    Takes images in [-1, 1] (N, C, H, W) and returns one unbounded score per image (N,).
    """

    def __init__(self, config: GANConfig, use_spectral_norm: bool = True, aux_classifier: bool = False,
                 minibatch_std: bool = False):
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
        # Minibatch standard deviation (Karras et al. 2018): one extra feature map holding how
        # much the batch varies, so a generator that draws the same few things is easy to spot.
        self.minibatch_std = minibatch_std
        top = [spectral_norm(nn.Conv2d(in_ch + int(minibatch_std), in_ch, 3, 1, 1)), nn.LeakyReLU(0.2, inplace=True)]
        if minibatch_std:
            self.features = nn.Sequential(*layers)
            self.top = nn.Sequential(*top, nn.Flatten())
        else:  # one Sequential, named as before, so earlier resume files still load
            self.features = nn.Sequential(*layers, *top, nn.Flatten())
        feat = in_ch * bh * bw
        self.head = spectral_norm(nn.Linear(feat, 1))
        self.embed = spectral_norm(nn.Embedding(config.num_classes, feat)) if config.num_classes else None
        # AC-GAN head: the critic also names the class, and the generator is rewarded when its
        # sample is named as the class it was asked for (trained on real labels only).
        self.classify = (spectral_norm(nn.Linear(feat, config.num_classes))
                         if aux_classifier and config.num_classes else None)

    def forward(self, x: torch.Tensor, labels: torch.Tensor | None = None, with_class_logits: bool = False):
        """Scores (N,); with ``with_class_logits`` also the auxiliary head's logits (N, K) or None."""
        h = self.features(x)  # (N, F), or (N, C, h, w) before the top with minibatch std
        if self.minibatch_std:
            std = h.std(dim=0, unbiased=False).mean()  # one number: spread across the batch
            h = self.top(torch.cat([h, std.expand(h.shape[0], 1, *h.shape[2:])], dim=1))
        out = self.head(h).squeeze(1)
        if self.embed is not None:
            out = out + (self.embed(labels) * h).sum(dim=1)
        if with_class_logits:
            return out, (self.classify(h) if self.classify is not None else None)
        return out


FAMILY = Family(
    name="gan", arch=GAN.arch, kind=GAN.kind, title="GAN", short="GAN",
    description="Generative adversarial network (GAN): a generator learned to draw images a critic "
                "could not tell from real ones",
    config=GANConfig, from_shapes=partial(gan_config, GANConfig), module=GAN,
    # GANSpace reads the first layer: its output already varies in a few strong directions
    capabilities=Capabilities(discriminator=True, truncation=True, evidence=EvidenceSide.GAN, compared=True,
                              principal_layer="project", adversary=Adversary.DISCRIMINATOR),
    trainer=TrainerRef("latentlab.train.gan:GANTrainer", lr=2e-4),
)
