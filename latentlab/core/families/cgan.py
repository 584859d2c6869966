"""The cGAN family: a GAN generator told which class to draw, judged by a projection critic."""

from __future__ import annotations

from latentlab.core.families import gan


class ConditionalGAN(gan.GAN):
    """Class-conditional generator: the one-hot class joins z (and, optionally, every block)."""

    arch = "cgan"
    min_classes = 2


FAMILY = gan.FAMILY.conditional_variant(
    ConditionalGAN, title="Conditional GAN",
    description="Conditional GAN: a generator told which class to draw, against a critic that also knows the class")
