"""The VAE family: a convolutional variational autoencoder (the CVAE in ``cvae.py`` extends it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import torch
from torch import nn

from latentlab.core.families.base import (
    ClassBatchNorm2d, Generator, ModelConfig, UpConv, check_label_conditioning, conv_plan, label_onehot,
)
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family, TrainerRef
from latentlab.core.families.shapes import vae_config


@dataclass
class VAEConfig(ModelConfig):
    """VAE hyper-parameters.

    Parameters
    ----------
    beta : float
        Weight of the KL term (β-VAE); 1.0 is the plain ELBO.
    likelihood : str
        ``"bernoulli"`` (binary cross-entropy, suits MNIST-like ink) or ``"gaussian"``
        (squared error, suits photos).
    label_conditioning : str
        Conditional models only: ``"input"`` gives the decoder the one-hot label with z;
        ``"every-layer"`` also modulates every decoder block with class-conditional batch norm.
    """

    beta: float = 1.0
    likelihood: str = "bernoulli"
    label_conditioning: str = "input"

    def validate(self) -> None:
        super().validate()
        check_label_conditioning(self.label_conditioning)
        if self.likelihood not in ("bernoulli", "gaussian"):
            raise ValueError(f"likelihood={self.likelihood!r} must be 'bernoulli' or 'gaussian'")
        if not (0.0 <= self.beta <= 1000.0):
            raise ValueError(f"beta={self.beta} must be between 0 and 1000")


class VAE(Generator):
    """Encoder q(z|x) and decoder p(x|z) built as a DCGAN-style conv pyramid."""

    kind = "vae"
    arch = "vae"
    config_class = VAEConfig

    def __init__(self, config: VAEConfig):
        super().__init__(config)
        c, _, _ = config.image_shape
        plan = conv_plan(config.image_shape, config.base_channels)
        bh, bw = plan.base_hw
        k = config.num_classes
        ch = plan.channels
        self._base = (ch[-1], bh, bw)

        # Encoder: labels enter as constant one-hot planes so every conv sees the class.
        layers: list[nn.Module] = []
        in_ch = c + k
        for out_ch in ch:
            layers += [nn.Conv2d(in_ch, out_ch, 4, 2, 1), nn.LeakyReLU(0.2, inplace=True)]
            in_ch = out_ch
        self.encoder = nn.Sequential(*layers, nn.Flatten())
        self.to_stats = nn.Linear(ch[-1] * bh * bw, 2 * config.latent_dim)

        # Decoder mirrors the encoder: project, then upsample with transposed convs.
        self.project = nn.Sequential(
            nn.Linear(config.latent_dim + k, ch[-1] * bh * bw), nn.ReLU(inplace=True)
        )
        self.every_layer = k > 0 and config.label_conditioning == "every-layer"
        if self.every_layer:
            self.up = nn.ModuleList(UpConv(ch[i], ch[i - 1], 4, 2, 1) for i in range(len(ch) - 1, 0, -1))
            self.norms = nn.ModuleList(ClassBatchNorm2d(ch[i - 1], k) for i in range(len(ch) - 1, 0, -1))
            self.to_logits = UpConv(ch[0], c, 4, 2, 1)
        else:
            up: list[nn.Module] = []
            for i in range(len(ch) - 1, 0, -1):
                up += [UpConv(ch[i], ch[i - 1], 4, 2, 1), nn.BatchNorm2d(ch[i - 1]), nn.ReLU(inplace=True)]
            up.append(UpConv(ch[0], c, 4, 2, 1))
            self.decoder = nn.Sequential(*up)

    def encode(self, x: torch.Tensor, labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Posterior mean and log-variance for images ``x`` (N, C, H, W) in [0, 1]."""
        if x.is_inference() and torch.is_grad_enabled():
            # Images straight from decode() are inference tensors; autograd may not record them.
            x = x.clone()
        if self.conditional:
            if labels is None:
                raise ValueError("this model is conditional: encode needs labels")
            n, _, h, w = x.shape
            planes = label_onehot(labels.to(x.device), self.num_classes, x.dtype)
            x = torch.cat([x, planes[:, :, None, None].expand(n, self.num_classes, h, w)], dim=1)
        stats = self.to_stats(self.encoder(x))  # (N, 2D)
        mu, logvar = stats.chunk(2, dim=1)
        return mu, logvar

    def decoder_logits(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        if self.conditional:
            z = torch.cat([z, label_onehot(labels, self.num_classes, z.dtype)], dim=1)
        h = self.project(z).view(-1, *self._base)  # (N, C_top, h, w)
        if not self.every_layer:
            return self.decoder(h)  # (N, C, H, W) logits
        for conv, norm in zip(self.up, self.norms):
            h = torch.relu(norm(conv(h), labels))
        return self.to_logits(h)

    def generate(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return torch.sigmoid(self.decoder_logits(z, labels))

    def forward(self, x: torch.Tensor, labels: torch.Tensor | None = None):
        """Reparameterised pass for training: returns (logits, mu, logvar)."""
        mu, logvar = self.encode(x, labels)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        return self.decoder_logits(z, labels), mu, logvar



FAMILY = Family(
    name="vae", arch=VAE.arch, kind=VAE.kind, title="VAE", short="VAE",
    description="Variational autoencoder (VAE): an encoder squeezes images into a latent vector, "
                "a decoder draws them back",
    config=VAEConfig, from_shapes=partial(vae_config, VAEConfig), module=VAE,
    capabilities=Capabilities(encodes=True, evidence=EvidenceSide.VAE, compared=True),
    trainer=TrainerRef("latentlab.train.vae:VAETrainer", lr=1e-3),
)
