"""The WGAN-GP family: the DCGAN generator trained against a Wasserstein critic.

Gulrajani et al. (2017), "Improved Training of Wasserstein GANs": the critic has no sigmoid and
estimates the Wasserstein-1 distance between real and generated images; a gradient penalty
(λ·(‖∇D(x̂)‖ − 1)² on random interpolates x̂) keeps it 1-Lipschitz, which is what gives the
generator a useful gradient even where its samples and the data do not overlap — the textbook
remedy for mode collapse. The generator is the GAN family's; only the training differs, so the
family reuses its module and config under its own ``arch`` (checkpoints say how they were made).
"""

from __future__ import annotations

from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.registry import (
    Adversary,
    Capabilities,
    EvidenceSide,
    Family,
    TrainerRef,
)


class WGANGP(GAN):
    """Generator G(z) → image in [-1, 1], trained with the WGAN-GP loss."""

    arch = "wgan-gp"


FAMILY = Family(
    name="wgan-gp", arch=WGANGP.arch, kind=WGANGP.kind, title="WGAN-GP", short="GAN",
    description="GAN trained with the Wasserstein loss and a gradient penalty: a critic that scores "
                "instead of classifying, which keeps the generator learning every mode",
    # No from_shapes: a raw state dict of this generator is a GAN's, and imports as one (the
    # training recipe is not in the tensors, so the importer could not tell the two apart).
    config=GANConfig, module=WGANGP,
    capabilities=Capabilities(discriminator=True, truncation=True, evidence=EvidenceSide.GAN, compared=True,
                              adversary=Adversary.WASSERSTEIN_CRITIC),
    # Adam(1e-4, β=(0, 0.9)) and five critic steps per generator step: the paper's defaults.
    trainer=TrainerRef("latentlab.train.wgan_gp:WGANGPTrainer", lr=1e-4, betas=(0.0, 0.9)),
)
