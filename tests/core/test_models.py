"""Architectures: every kind works at 28×28×1 and, by config alone, at 32/64 px with 3 channels."""

from __future__ import annotations

import pytest
import torch

from latentlab.core.models import (
    CVAE, GAN, VAE, Classifier, ClassifierConfig, ConditionalGAN, Discriminator, GANConfig, VAEConfig,
)

SHAPES = [(1, 28, 28), (3, 32, 32), (3, 64, 64), (1, 32, 48)]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("kind", ["vae", "cvae", "gan", "cgan"])
def test_generators_at_every_shape(kind, shape):
    k = 3 if kind in ("cvae", "cgan") else 0
    if kind in ("vae", "cvae"):
        model = (CVAE if k else VAE)(VAEConfig(latent_dim=5, image_shape=shape, num_classes=k, base_channels=4))
    else:
        model = (ConditionalGAN if k else GAN)(GANConfig(latent_dim=5, image_shape=shape, num_classes=k, base_channels=4))
    model.eval()
    labels = torch.tensor([0, 2]) if k else None
    images = model.decode(model.sample_latent(2, seed=0), labels)
    assert images.shape == (2, *shape)
    assert images.min() >= 0 and images.max() <= 1
    if model.has_encoder:
        mu, logvar = model.encode(images, labels)
        assert mu.shape == logvar.shape == (2, 5)
    else:
        disc = Discriminator(model.config)
        assert disc(images * 2 - 1, labels).shape == (2,)


@pytest.mark.parametrize("shape", SHAPES)
def test_classifier_at_every_shape(shape):
    clf = Classifier(ClassifierConfig(image_shape=shape, num_classes=4, base_channels=4, feature_dim=8))
    x = torch.rand(3, *shape)
    assert clf(x).shape == (3, 4) and clf.features(x).shape == (3, 8)


def test_bad_configs_are_refused_with_the_value():
    with pytest.raises(ValueError, match="likelihood='poisson'"):
        VAE(VAEConfig(likelihood="poisson"))
    with pytest.raises(ValueError, match="image_shape"):
        GAN(GANConfig(image_shape=(2, 28, 28)))
    with pytest.raises(ValueError, match="num_classes"):
        ConditionalGAN(GANConfig(num_classes=0))
    with pytest.raises(ValueError, match="unknown config keys"):
        VAEConfig.from_dict({"latent_dim": 3, "colour": "red"})
    with pytest.raises(ValueError, match="latent_dim"):
        VAEConfig.from_dict({"latent_dim": "three"})
