"""WGAN-GP training step: a Wasserstein critic kept 1-Lipschitz by a gradient penalty.

Gulrajani et al. (2017). The critic D scores images (no sigmoid); it is trained to maximise
D(real) − D(fake), so that difference estimates the Wasserstein-1 distance between the data and
the generator's distribution, and the generator to raise D(fake). The penalty
λ·E[(‖∇ₓD(x̂)‖₂ − 1)²] on points x̂ between real and fake images keeps the critic's slope near 1;
without batch norm in the critic (the penalty is per sample) and with several critic updates per
generator update (the distance estimate must be good before G follows it).

Each call of :meth:`WGANGPTrainer.train_step` takes one batch and makes one critic update; every
``critic_steps``-th call also updates the generator. So each critic update sees fresh data, and
the count comes from the critic optimiser's own step counter, which the resume file keeps: a
resumed run alternates exactly as the original would have.
"""

from __future__ import annotations

import torch

from latentlab.core.families import Family
from latentlab.core.families.gan import Discriminator, GANConfig
from latentlab.train.common import TrainConfig
from latentlab.train.gan import GANTrainer


def gradient_penalty(critic, real: torch.Tensor, fake: torch.Tensor, generator: torch.Generator | None = None
                     ) -> torch.Tensor:
    """E[(‖∇ₓ critic(x̂)‖₂ − 1)²] over random interpolates x̂ = εx + (1 − ε)x̃, ε ~ U(0, 1).

    Parameters
    ----------
    critic : callable
        Maps images (N, C, H, W) to scores (N,).
    real, fake : torch.Tensor
        Batches of the same shape; ``fake`` is detached here.
    generator : torch.Generator, optional
        For the interpolation weights (tests); the global RNG otherwise.

    Returns
    -------
    torch.Tensor
        A scalar, differentiable with respect to the critic's parameters (``create_graph``).
    """
    n = real.shape[0]
    eps = torch.rand(n, *([1] * (real.dim() - 1)), device=real.device, dtype=real.dtype, generator=generator)
    mixed = (eps * real.detach() + (1 - eps) * fake.detach()).requires_grad_(True)
    scores = critic(mixed)
    (grad,) = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((grad.reshape(n, -1).norm(2, dim=1) - 1) ** 2).mean()


class WGANGPTrainer(GANTrainer):
    loss_names = ["d_loss", "g_loss", "w_distance", "gp"]

    def __init__(self, family: Family, config: TrainConfig, class_names: list[str], image_shape,
                 device: torch.device):
        if config.gp_weight < 0:
            raise ValueError(f"gp_weight={config.gp_weight} must be zero or positive")
        super().__init__(family, config, class_names, image_shape, device)
        self.critic_steps = int(config.critic_steps)
        self.gp_weight = float(config.gp_weight)
        self.g_loss = float("nan")  # until the first generator update

    def build_critic(self, gan_config: GANConfig, config: TrainConfig) -> Discriminator:
        # No spectral norm: the gradient penalty is this recipe's Lipschitz constraint, and
        # the critic has no normalisation across the batch that the per-sample penalty would break.
        return Discriminator(gan_config, use_spectral_norm=False)

    def _critic_updates_done(self) -> int:
        first = next(iter(self.disc.parameters()))
        state = self.opt_d.state.get(first, {})
        return int(state["step"]) if "step" in state else 0

    def train_step(self, x: torch.Tensor, y: torch.Tensor) -> dict[str, float]:
        real = x * 2 - 1  # (B, C, H, W) in [-1, 1], the generator's range
        n = real.shape[0]
        with self.precision.autocast():
            z = torch.randn(n, self.model.latent_dim, device=self.device)
            fake = self.g(z).detach()
            d_real = self.d(real).float().mean()
            d_fake = self.d(fake).float().mean()
        # The penalty differentiates the critic twice: done in fp32, where autocast's reduced
        # precision would make the gradient norm, and so the constraint, noisy.
        gp = gradient_penalty(lambda im: self.d(im), real.float(), fake.float())
        d_loss = d_fake - d_real + self.gp_weight * gp
        self.precision.step(d_loss, self.opt_d)

        if self._critic_updates_done() % self.critic_steps == 0:
            with self.precision.autocast():
                z = torch.randn(n, self.model.latent_dim, device=self.device)
                g_loss = -self.d(self.g(z)).float().mean()
            self.precision.step(g_loss, self.opt_g)
            if self.ema is not None:
                self._update_ema()
            self.g_loss = g_loss.item()
        return {"d_loss": d_loss.item(), "g_loss": self.g_loss,
                "w_distance": (d_real - d_fake).item(), "gp": gp.item()}
