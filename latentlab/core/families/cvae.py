"""The CVAE family: a VAE whose encoder and decoder are both told the class."""

from __future__ import annotations

from latentlab.core.families.registry import Capabilities, EvidenceSide, Family, TrainerRef
from latentlab.core.families.vae import VAE, VAEConfig


class CVAE(VAE):
    """Label-conditioned VAE: both encoder and decoder see the class."""

    arch = "cvae"

    def __init__(self, config: VAEConfig):
        if config.num_classes < 2:
            raise ValueError("a conditional VAE needs num_classes ≥ 2")
        super().__init__(config)


FAMILY = Family(
    name="cvae", arch=CVAE.arch, kind=CVAE.kind, title="Conditional VAE", short="VAE",
    description="Conditional VAE: a variational autoencoder told which class each image is, "
                "so you choose the class and the latent vector draws the style",
    config=VAEConfig, module=CVAE,
    capabilities=Capabilities(encodes=True, conditional=True, evidence=EvidenceSide.VAE, compared=True),
    trainer=TrainerRef("latentlab.train.vae:VAETrainer", lr=1e-3),
)
