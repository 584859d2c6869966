"""VAE / CVAE training step: ELBO = reconstruction + β·KL, Adam.

Option ``adversarial_weight`` (VAE-GAN, Larsen et al. 2016; with labels, CVAE-GAN, Bao et al.
2017): a spectral-norm critic — a projection critic with an auxiliary class head for
conditional models — judges images decoded from the *prior*, and the decoder is also rewarded
for fooling it. Why: a plain VAE's likelihood averages away fine detail, and on Fashion-MNIST
that detail (a coat's zip, a sandal's straps) is exactly what tells classes apart, so blurred
samples of one class read as another. The ELBO still trains encoder and decoder; the critic
only adds pressure where the prior's samples look unlike real images. Off by default: the plain
VAEs stay the "blurry but smooth" reference the app compares GANs against.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from latentlab.core.families.gan import Discriminator, GANConfig
from latentlab.core.families import Family
from latentlab.core.families.vae import VAEConfig
from latentlab.train.common import TrainConfig
from latentlab.train.distributed import Precision, wrap


class VAEPass(torch.nn.Module):
    """The VAE's training pass as one ``forward()``: DistributedDataParallel averages gradients
    only for work done inside ``forward``, and encode/decode are separate methods."""

    def __init__(self, model: torch.nn.Module, with_prior: bool):
        super().__init__()
        self.model = model
        self.with_prior = with_prior

    def forward(self, x: torch.Tensor, labels: torch.Tensor | None):
        # x: (B, C, H, W) → logits (B, C, H, W), mu and logvar (B, D), prior logits or None
        model = self.model
        mu, logvar = model.encode(x, labels)
        z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
        if not self.with_prior:
            return model.decoder_logits(z, labels), mu, logvar, None
        # Decode posterior and prior latents in one pass, so batch norm sees one batch.
        n = x.shape[0]
        z = torch.cat([z, torch.randn_like(z)])
        labels_both = torch.cat([labels, labels]) if labels is not None else None
        both = model.decoder_logits(z, labels_both)
        return both[:n], mu, logvar, both[n:]


class VAETrainer:
    def __init__(self, family: Family, config: TrainConfig, class_names: list[str], image_shape,
                 device: torch.device):
        # config comes resolved (TrainConfig.resolved): no size or step size is left unset
        conditional = family.capabilities.conditional
        base_channels = config.base_channels
        self.model = family.module(VAEConfig(
            latent_dim=config.latent_dim,
            image_shape=tuple(image_shape),
            num_classes=len(class_names) if conditional else 0,
            base_channels=base_channels,
            beta=config.beta,
            likelihood=config.likelihood,
            label_conditioning=config.label_conditioning if conditional else "input",
        )).to(device)
        if conditional:
            self.model.class_names = list(class_names)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=config.lr)
        self.modules = {"model": self.model}
        self.optimizers = {"opt": self.opt}
        self.loss_names = ["loss", "recon", "kl"]
        if config.adversarial_weight < 0:
            raise ValueError(f"adversarial_weight={config.adversarial_weight} must be ≥ 0")
        self.adv_weight = float(config.adversarial_weight)
        self.aux_weight = float(config.aux_class_weight) if conditional else 0.0
        self.disc = None
        if self.adv_weight:
            critic_config = GANConfig(latent_dim=self.model.latent_dim, image_shape=tuple(image_shape),
                                      num_classes=self.model.num_classes, base_channels=base_channels)
            self.disc = Discriminator(critic_config, use_spectral_norm=True,
                                      aux_classifier=self.aux_weight > 0).to(device)
            # The critic uses the GAN recipe's step size and momentum, not the VAE's.
            self.opt_d = torch.optim.Adam(self.disc.parameters(), lr=2e-4, betas=tuple(config.gan_betas))
            self.modules["disc"] = self.disc
            self.optimizers["opt_d"] = self.opt_d
            self.loss_names += ["d_loss", "adv"]
        # The step calls the networks through these (DDP and/or compiled when asked); saving and
        # sampling use the plain modules, which hold the same parameters.
        self.net = wrap(VAEPass(self.model, with_prior=self.disc is not None), device, compile=config.compile)
        self.critic = wrap(self.disc, device, compile=config.compile) if self.disc is not None else None
        self.precision = Precision(config.precision, device)

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        # x: (B, C, H, W) in [0, 1]; y: (B,) class indices
        model = self.model
        labels = y if model.conditional else None
        n = x.shape[0]
        with self.precision.autocast():
            logits, mu, logvar, prior_logits = self.net(x, labels)
            if model.config.likelihood == "bernoulli":
                recon = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / n
            else:
                recon = F.mse_loss(torch.sigmoid(logits), x, reduction="sum") / n
            kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / n  # nats per image
            loss = recon + model.config.beta * kl
        out: dict[str, float] = {}
        if self.disc is not None:
            with self.precision.autocast():
                fake = torch.sigmoid(prior_logits) * 2 - 1  # the critic's range, [-1, 1]
                real = x * 2 - 1
                d_real, class_logits = self.critic(real, labels, with_class_logits=True)
                d_fake = self.critic(fake.detach(), labels)
                d_loss = F.relu(1 - d_real).mean() + F.relu(1 + d_fake).mean()
                if class_logits is not None:
                    d_loss = d_loss + self.aux_weight * F.cross_entropy(class_logits, labels)
            self.precision.step(d_loss, self.opt_d)
            with self.precision.autocast():
                score, class_logits = self.critic(fake, labels, with_class_logits=True)
                adv = -score.mean()
                if class_logits is not None:
                    adv = adv + self.aux_weight * F.cross_entropy(class_logits, labels)
                loss = loss + self.adv_weight * adv
            out = {"d_loss": d_loss.item(), "adv": adv.item()}
        self.precision.step(loss, self.opt)
        return {"loss": loss.item(), "recon": recon.item(), "kl": kl.item(), **out}
