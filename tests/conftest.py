"""Shared fixtures: tiny randomly initialised models saved as real checkpoints."""

from __future__ import annotations

import os

import pytest
import torch

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tiny test models gain nothing from intra-op threads, and on a busy 2-core machine OpenMP's
# spinning threads made them ~40× slower; one thread keeps the suite fast and deterministic.
torch.set_num_threads(1)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user folders and from a GPU chosen by the environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LATENTLAB_HOME", str(home))
    monkeypatch.delenv("LATENTLAB_DEVICE", raising=False)
    monkeypatch.delenv("LATENTLAB_MODELS", raising=False)
    return home


def _tiny(kind: str, num_classes: int = 0, latent_dim: int = 4):
    from latentlab.core.families.cgan import ConditionalGAN
    from latentlab.core.families.cvae import CVAE
    from latentlab.core.families.gan import GAN, GANConfig
    from latentlab.core.families.vae import VAE, VAEConfig

    torch.manual_seed(0)
    if kind in ("vae", "cvae"):
        cls = CVAE if kind == "cvae" else VAE
        model = cls(VAEConfig(latent_dim=latent_dim, base_channels=4, num_classes=num_classes))
    else:
        cls = ConditionalGAN if kind == "cgan" else GAN
        model = cls(GANConfig(latent_dim=latent_dim, base_channels=4, num_classes=num_classes))
    # Non-trivial BatchNorm statistics so a checkpoint that dropped buffers would be caught.
    for name, buf in model.named_buffers():
        if "running_var" in name:
            buf.uniform_(0.5, 1.5)
        elif "running_mean" in name:
            buf.normal_(0.0, 0.1)
    if num_classes:
        model.class_names = [f"class{i}" for i in range(num_classes)]
    return model.eval()


@pytest.fixture
def tiny_model():
    return _tiny


@pytest.fixture
def tiny_vae_file(tmp_path):
    from latentlab.core.checkpoint import save_model

    path = tmp_path / "tiny-vae.safetensors"
    save_model(_tiny("vae"), path, dataset="tiny", provenance={"command": "test"})
    return path


@pytest.fixture
def tiny_gan_file(tmp_path):
    from latentlab.core.checkpoint import save_model

    path = tmp_path / "tiny-gan.safetensors"
    save_model(_tiny("gan"), path, dataset="tiny")
    return path


@pytest.fixture
def tiny_cgan_file(tmp_path):
    from latentlab.core.checkpoint import save_model

    path = tmp_path / "tiny-cgan.safetensors"
    save_model(_tiny("cgan", num_classes=3), path, dataset="tiny")
    return path
