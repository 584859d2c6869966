"""A toy colour dataset registered from inside tests: 3×32×32, two classes, one factor.

It shows that a dataset is one declaration: nothing in latentlab names it, yet the metrics,
the explorer's attribute basis and the latent map's sample loader all work with it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

import numpy as np
import torch
from torch import nn

from latentlab.core import datasets
from latentlab.core.checkpoint import save_model
from latentlab.core.families.classifier import Classifier, ClassifierConfig
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig

NAME = "toy-rgb"
SHAPE = (3, 32, 32)
CLASSES = ("dark", "light")


def brightness(images: torch.Tensor) -> torch.Tensor:
    """Mean pixel value of each image, (N, C, H, W) in [0, 1] → (N,)."""
    return images.mean(dim=(1, 2, 3))


def sample_images(n: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """uint8 (n, 3, 32, 32) images: class 0 dark, class 1 light, each with its own tint and noise."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 2
    base = np.where(labels == 0, 50, 190)[:, None, None, None]
    tint = rng.integers(-30, 31, size=(n, 3, 1, 1))
    noise = rng.integers(-25, 26, size=(n, *SHAPE))
    return np.clip(base + tint + noise, 0, 255).astype(np.uint8), labels


def feature_network(folder: Path) -> Path:
    """A tiny random classifier of the toy images, saved as a feature network file."""
    torch.manual_seed(0)
    clf = Classifier(ClassifierConfig(image_shape=SHAPE, num_classes=len(CLASSES), base_channels=2,
                                      feature_dim=8)).eval()
    # He init: in a net this narrow PyTorch's default leaves most features dead and alike.
    for m in clf.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)
    clf.class_names = list(CLASSES)
    return save_model(clf, folder / "toy-classifier.safetensors", dataset=NAME,
                      metrics={"training": {"test_accuracy": 0.95}})


def spec(fnet_path: Path | None = None, name: str = NAME, with_factor: bool = True) -> datasets.DatasetSpec:
    """The toy dataset's declaration: its sample in memory, its feature network at `fnet_path`."""
    images, labels = sample_images()
    return datasets.DatasetSpec(
        name=name,
        title="Toy RGB",
        image_shape=SHAPE,
        class_names=CLASSES,
        factors=(datasets.Factor("brightness", brightness, "Brighter or darker"),) if with_factor else (),
        sample=datasets.InMemorySample(images, labels),
        find_feature_network=lambda _spec: fnet_path,
    )


@contextlib.contextmanager
def registered(*specs: datasets.DatasetSpec) -> Iterator[None]:
    """Register `specs` for the duration (and always take them out again)."""
    try:
        for s in specs:
            datasets.register(s)
        yield
    finally:
        for s in specs:
            datasets.unregister(s.name)


def generator(kind: str = "gan", latent_dim: int = 5) -> nn.Module:
    """A tiny random GAN or VAE drawing toy-sized colour images."""
    torch.manual_seed(0)
    if kind == "vae":
        return VAE(VAEConfig(latent_dim=latent_dim, base_channels=4, image_shape=SHAPE)).eval()
    return GAN(GANConfig(latent_dim=latent_dim, base_channels=4, image_shape=SHAPE)).eval()


def generator_file(folder: Path, kind: str = "gan", dataset: str = NAME) -> Path:
    """:func:`generator` saved as a checkpoint whose card names `dataset`."""
    return save_model(generator(kind), folder / f"toy-{kind}-{dataset}.safetensors", dataset=dataset)
