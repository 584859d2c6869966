"""The CVAE family: a VAE whose encoder and decoder are both told the class."""

from __future__ import annotations

from latentlab.core.families import vae


class CVAE(vae.VAE):
    """Label-conditioned VAE: both encoder and decoder see the class."""

    arch = "cvae"
    min_classes = 2


FAMILY = vae.FAMILY.conditional_variant(
    CVAE, title="Conditional VAE",
    description="Conditional VAE: a variational autoencoder told which class each image is, so you "
                "choose the class and the latent vector draws the style")
