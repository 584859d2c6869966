"""Architecture name → module class. Checkpoints store the name; loading looks it up here."""

from __future__ import annotations

from torch import nn

from latentlab.core.models.classifier import Classifier
from latentlab.core.models.gan import GAN, ConditionalGAN
from latentlab.core.models.vae import CVAE, VAE

ARCHITECTURES: dict[str, type[nn.Module]] = {
    cls.arch: cls for cls in (VAE, CVAE, GAN, ConditionalGAN, Classifier)
}


def build(arch: str, config_data: dict) -> nn.Module:
    """Instantiate architecture ``arch`` from its JSON config; ``KeyError``/``ValueError`` on bad input."""
    cls = ARCHITECTURES[arch]
    config = cls.config_class.from_dict(config_data)
    return cls(config)
