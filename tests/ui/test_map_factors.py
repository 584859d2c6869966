"""The latent map of a faces64 model can be coloured by any factor: known labels (VAE) or what the factor network reads (GAN)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from latentlab.core.checkpoint import save_model
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig
from tests.ui.test_latent_map import open_with_map

FACES = (3, 64, 64)


@pytest.fixture(scope="module")
def faces(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faces-map")
    out = {}
    for kind, cls, config in (("vae", VAE, VAEConfig), ("gan", GAN, GANConfig)):
        torch.manual_seed(0)
        out[kind] = save_model(cls(config(latent_dim=6, base_channels=4, image_shape=FACES)).eval(),
                               folder / f"faces-{kind}.safetensors", dataset="faces64")
    return out


def test_vae_points_carry_the_sample_labels_and_colour_by_smile(window, faces):
    open_with_map(window, faces["vae"], points=120)
    m = window.panel("latent.map")
    data = m.data
    assert data.factors_source == "labels" and "smile" in data.factors and data.factors["smile"].shape == (120,)
    assert data.factor_values["hair colour"][2] == "blonde" and "smile" not in data.factor_values
    assert m.colour_combo.isVisibleTo(m) and m.colour_by is None
    by_class = [b.color().name() for b in m._brushes[:20]]
    m.set_colour_by("smile")
    assert m.colour_by == "smile" and m.colour_combo.currentData() == "smile"
    # the broadest smile and the deepest frown get the two ends of the colour scale
    order = np.argsort(data.factors["smile"])
    low, high = m._brushes[order[0]].color(), m._brushes[order[-1]].color()
    assert low.name() != high.name() and low.lightness() < high.lightness()  # viridis: dark → light
    assert "smile" in m.legend.text()
    m.set_colour_by("glasses")  # yes/no: two markers from the class palette
    assert {b.color().name() for b in m._brushes} <= {"#cc6677", "#332288"}
    m._show_hover(int(order[-1]))
    m.set_colour_by(None)
    assert [b.color().name() for b in m._brushes[:20]] == by_class
    m.set_colour_by("no such factor")  # ignored
    assert m.colour_by is None


def test_gan_points_carry_what_the_factor_network_reads(window, faces):
    open_with_map(window, faces["gan"], points=100)
    data = window.panel("latent.map").data
    assert data.kind == "sampled" and data.factors_source == "read"
    assert {"smile", "glasses", "hair colour"} <= set(data.factors)
    assert ((data.factors["glasses"] >= 0) & (data.factors["glasses"] <= 1)).all()


def test_a_dataset_without_factors_hides_the_colour_choice(window, models):
    open_with_map(window, models["vae"], points=100)
    m = window.panel("latent.map")
    assert m.data.factors == {} and not m.colour_combo.isVisibleTo(m)
