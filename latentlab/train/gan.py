"""GAN / cGAN training step: hinge loss, spectrally normalised (projection) discriminator.

Why this recipe: spectral norm bounds the critic's Lipschitz constant, which is what keeps a
small DCGAN from oscillating or collapsing on MNIST without any per-dataset tuning, and it
costs almost nothing on a CPU (one power iteration per layer and step).

Options the bundled zoo uses: an exponential moving average of the generator's weights
(``ema_decay``) is what gets shipped — it averages away the step-to-step wobble of adversarial
training, which sharpens samples and evens out the class mix; for conditional models an
auxiliary class loss on the critic (``aux_class_weight``, AC-GAN) and class-conditional batch
norm in the generator (``label_conditioning="every-layer"``) make samples obey the label.
"""

from __future__ import annotations

import copy

import torch
import torch.nn.functional as F

from latentlab.core.families import Family
from latentlab.core.families.gan import Discriminator, GANConfig
from latentlab.train.common import TrainConfig
from latentlab.train.distributed import Precision, wrap


class GANTrainer:
    loss_names = ["d_loss", "g_loss", "d_real", "d_fake"]

    def __init__(self, family: Family, config: TrainConfig, class_names: list[str], image_shape,
                 device: torch.device):
        # config comes resolved (TrainConfig.resolved): no size or step size is left unset
        conditional = family.capabilities.conditional
        gan_config = GANConfig(
            latent_dim=config.latent_dim,
            image_shape=tuple(image_shape),
            num_classes=len(class_names) if conditional else 0,
            base_channels=config.base_channels,
            label_conditioning=config.label_conditioning if conditional else "input",
        )
        self.model = family.module(gan_config).to(device)
        if conditional:
            self.model.class_names = list(class_names)
        self.aux_weight = float(config.aux_class_weight) if conditional else 0.0
        self.disc = self.build_critic(gan_config, config).to(device)
        lr = config.lr
        betas = tuple(config.gan_betas)
        self.opt_g = torch.optim.Adam(self.model.parameters(), lr=lr, betas=betas)
        self.opt_d = torch.optim.Adam(self.disc.parameters(), lr=lr, betas=betas)
        self.modules = {"model": self.model, "disc": self.disc}
        self.optimizers = {"opt_g": self.opt_g, "opt_d": self.opt_d}
        self.device = device
        # The step calls G and D through these (DDP and/or compiled when asked); saving, the
        # moving average and sampling use the plain modules, which hold the same parameters.
        self.g = wrap(self.model, device, compile=config.compile)
        self.d = wrap(self.disc, device, compile=config.compile)
        self.precision = Precision(config.precision, device)
        if config.gan_loss not in ("hinge", "bce"):
            raise ValueError(f"gan_loss={config.gan_loss!r} must be 'hinge' or 'bce'")
        self.loss = config.gan_loss
        self.g_steps = max(1, int(config.g_steps))
        if config.ema_decay is not None and not 0.0 <= config.ema_decay < 1.0:
            raise ValueError(f"ema_decay={config.ema_decay} must be in [0, 1)")
        self.ema_decay = config.ema_decay
        self.ema = None
        if self.ema_decay is not None:
            self.ema = copy.deepcopy(self.model).eval()
            for p in self.ema.parameters():
                p.requires_grad_(False)
            self.modules["ema"] = self.ema

    def build_critic(self, gan_config: GANConfig, config: TrainConfig) -> Discriminator:
        """The discriminator this recipe trains against (subclasses change the recipe here)."""
        return Discriminator(gan_config, use_spectral_norm=config.spectral_norm,
                             aux_classifier=self.aux_weight > 0, minibatch_std=config.minibatch_std)

    @torch.no_grad()
    def _update_ema(self) -> None:
        for avg, live in zip(self.ema.parameters(), self.model.parameters()):
            avg.lerp_(live, 1.0 - self.ema_decay)

    @torch.no_grad()
    def prepare_export(self, batches: int = 16, batch_size: int = 128):
        """The generator to show and save: the moving average when there is one, else G itself.

        The average's weights never ran forward during training, so its batch-norm statistics
        are measured afresh here on fixed latents (the same every call: resuming stays exact).
        """
        if self.ema is None:
            return self.model
        norms = [m for m in self.ema.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
        saved = [m.momentum for m in norms]
        for m in norms:
            m.reset_running_stats()
            m.momentum = None  # cumulative average over the calibration batches
        gen = torch.Generator().manual_seed(12345)
        self.ema.train()
        for _ in range(batches):
            z = torch.randn(batch_size, self.ema.latent_dim, generator=gen).to(self.device)
            labels = (torch.randint(0, self.ema.num_classes, (batch_size,), generator=gen).to(self.device)
                      if self.ema.conditional else None)
            self.ema.generate(z, labels)
        self.ema.eval()
        for m, momentum in zip(norms, saved):
            m.momentum = momentum
        return self.ema

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        real = x * 2 - 1  # (B, C, H, W) in [-1, 1], the generator's range
        labels = y if self.model.conditional else None
        n = real.shape[0]

        # Discriminator: push real scores above +1 and fake scores below -1 (hinge).
        with self.precision.autocast():
            z = torch.randn(n, self.model.latent_dim, device=self.device)
            fake = self.g(z, labels)
            d_real, class_logits = self.d(real, labels, with_class_logits=True)
            d_fake = self.d(fake.detach(), labels)
            if self.loss == "hinge":
                d_loss = F.relu(1 - d_real).mean() + F.relu(1 + d_fake).mean()
            else:
                d_loss = F.softplus(-d_real).mean() + F.softplus(d_fake).mean()
            if class_logits is not None:
                d_loss = d_loss + self.aux_weight * F.cross_entropy(class_logits, labels)
        self.precision.step(d_loss, self.opt_d)

        # Generator: raise the critic's score of its samples. More than one generator step per
        # critic step lets G chase the critic's current blind spot: a recipe for mode collapse.
        for i in range(self.g_steps):
            with self.precision.autocast():
                if i:
                    z = torch.randn(n, self.model.latent_dim, device=self.device)
                    fake = self.g(z, labels)
                score, class_logits = self.d(fake, labels, with_class_logits=True)
                g_loss = -score.mean() if self.loss == "hinge" else F.softplus(-score).mean()
                if class_logits is not None:
                    g_loss = g_loss + self.aux_weight * F.cross_entropy(class_logits, labels)
            self.precision.step(g_loss, self.opt_g)
            if self.ema is not None:
                self._update_ema()
        return {"d_loss": d_loss.item(), "g_loss": g_loss.item(),
                "d_real": d_real.float().mean().item(), "d_fake": d_fake.float().mean().item()}
