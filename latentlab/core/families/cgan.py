"""The cGAN family: a GAN generator told which class to draw, judged by a projection critic."""

from __future__ import annotations

from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.registry import Capabilities, EvidenceSide, Family, TrainerRef


class ConditionalGAN(GAN):
    """Class-conditional generator."""

    arch = "cgan"

    def __init__(self, config: GANConfig):
        if config.num_classes < 2:
            raise ValueError("a conditional GAN needs num_classes ≥ 2")
        super().__init__(config)


FAMILY = Family(
    name="cgan", arch=ConditionalGAN.arch, kind=ConditionalGAN.kind, title="Conditional GAN", short="GAN",
    description="Conditional GAN: a generator told which class to draw, against a critic that also "
                "knows the class",
    config=GANConfig, module=ConditionalGAN,
    capabilities=Capabilities(conditional=True, discriminator=True, truncation=True,
                              evidence=EvidenceSide.GAN, compared=True),
    trainer=TrainerRef("latentlab.train.gan:GANTrainer", lr=2e-4),
)
