"""Model architectures behind the one :class:`Generator` interface."""

from latentlab.core.models.base import Generator, ModelConfig
from latentlab.core.models.classifier import Classifier, ClassifierConfig
from latentlab.core.models.gan import GAN, ConditionalGAN, Discriminator, GANConfig
from latentlab.core.models.registry import ARCHITECTURES, build
from latentlab.core.models.vae import CVAE, VAE, VAEConfig

__all__ = [
    "ARCHITECTURES", "CVAE", "Classifier", "ClassifierConfig", "ConditionalGAN", "Discriminator",
    "GAN", "GANConfig", "Generator", "ModelConfig", "VAE", "VAEConfig", "build",
]
