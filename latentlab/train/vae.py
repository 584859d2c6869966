"""VAE / CVAE training step: ELBO = reconstruction + β·KL, Adam."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from latentlab.core.models import CVAE, VAE, VAEConfig
from latentlab.train.common import TrainConfig


class VAETrainer:
    loss_names = ["loss", "recon", "kl"]

    def __init__(self, config: TrainConfig, class_names: list[str], image_shape, device: torch.device):
        conditional = config.kind == "cvae"
        cls = CVAE if conditional else VAE
        self.model = cls(VAEConfig(
            latent_dim=config.default("latent_dim", 16),
            image_shape=tuple(image_shape),
            num_classes=len(class_names) if conditional else 0,
            base_channels=config.default("base_channels", 32),
            beta=config.beta,
            likelihood=config.likelihood,
            label_conditioning=config.label_conditioning if conditional else "input",
        )).to(device)
        if conditional:
            self.model.class_names = list(class_names)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=config.default("lr", 1e-3))
        self.modules = {"model": self.model}
        self.optimizers = {"opt": self.opt}

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        # x: (B, C, H, W) in [0, 1]; y: (B,) class indices
        labels = y if self.model.conditional else None
        logits, mu, logvar = self.model(x, labels)
        n = x.shape[0]
        if self.model.config.likelihood == "bernoulli":
            recon = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / n
        else:
            recon = F.mse_loss(torch.sigmoid(logits), x, reduction="sum") / n
        kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / n  # nats per image
        loss = recon + self.model.config.beta * kl
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        self.opt.step()
        return {"loss": loss.item(), "recon": recon.item(), "kl": kl.item()}
