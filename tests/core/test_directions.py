"""Factor directions from labels, and the fidelity measure on decoders whose truth is known."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core.directions import (
    FactorDirection, active_dims, card_metrics, direction_fidelity, encoded_directions, fit_direction,
    sampled_directions, spearman,
)

D = 6


class LinearToy(nn.Module):
    """Brightness follows z[0] (through a sigmoid: monotone), tint follows z[3]; the rest ignored.

    Its encoder is the exact inverse on the used dimensions and puts nothing (the prior) on the
    others, as a VAE with collapsed dimensions does.
    """

    latent_dim = D

    def __init__(self):
        super().__init__()
        self.dummy = nn.Parameter(torch.zeros(1))

    def decode(self, z, labels=None):
        bright = torch.sigmoid(z[:, 0])[:, None, None, None].expand(-1, 1, 8, 8)
        tint = torch.sigmoid(z[:, 3])[:, None, None, None].expand(-1, 1, 8, 8)
        return torch.cat([bright, tint, bright], dim=1)

    def encode(self, x, labels=None):
        b = torch.logit(x[:, 0].mean(dim=(1, 2)).clamp(1e-4, 1 - 1e-4))
        t = torch.logit(x[:, 1].mean(dim=(1, 2)).clamp(1e-4, 1 - 1e-4))
        mu = torch.zeros(len(x), D)
        mu[:, 0], mu[:, 3] = b, t
        logvar = torch.zeros(len(x), D)
        logvar[:, 0] = logvar[:, 3] = -4.0
        return mu, logvar


class IgnoresZ(LinearToy):
    """Pictures that change from call to call but never with z."""

    def decode(self, z, labels=None):
        g = torch.Generator().manual_seed(int(z.shape[0]))
        return torch.rand(len(z), 3, 8, 8, generator=g).expand(-1, 3, -1, -1)


def reader(images):
    return {"brightness": images[:, 0].mean(dim=(1, 2)), "tint": images[:, 1].mean(dim=(1, 2))}


def test_a_factor_linear_in_z_gives_rho_one_and_no_leakage():
    direction = FactorDirection("brightness", torch.eye(D)[0], 1.0, tuple(range(D)), 1.0)
    result = direction_fidelity(LinearToy(), direction, reader, seeds=40)
    assert result["spearman_rho"] > 0.99
    assert result["range"] > 0.85  # sigmoid(3) - sigmoid(-3)
    assert result["leakage"]["tint"] < 1e-6


def test_a_decoder_that_ignores_z_gives_rho_near_zero():
    direction = FactorDirection("brightness", torch.eye(D)[0], 1.0, tuple(range(D)), 1.0)
    result = direction_fidelity(IgnoresZ(), direction, reader, seeds=200)
    assert abs(result["spearman_rho"]) < 0.2
    assert abs(result["range"]) < 0.1


def test_a_direction_mixing_in_another_factor_shows_leakage():
    mixed = torch.eye(D)[0] + torch.eye(D)[3]
    result = direction_fidelity(LinearToy(), mixed, reader, seeds=20, factor="brightness")
    assert result["spearman_rho"] > 0.99 and result["leakage"]["tint"] > 0.5
    with pytest.raises(ValueError, match="name the factor"):
        direction_fidelity(LinearToy(), mixed, reader)


def test_encoded_directions_use_only_the_dimensions_in_use():
    rng = np.random.default_rng(0)
    z = torch.from_numpy(rng.normal(size=(300, D))).float()
    model = LinearToy()
    images = model.decode(z)
    factors = np.stack([torch.sigmoid(z[:, 0]).numpy(), z[:, 3].numpy()], axis=1)
    directions = encoded_directions(model, images, factors, ["brightness", "tint"])
    assert directions["brightness"].dims == (0, 3)
    assert abs(float(directions["brightness"].vector[0])) > 0.99
    assert float(directions["brightness"].vector[0]) > 0  # pointing where the value grows
    assert directions["tint"].fit_r2 > 0.99 and abs(directions["tint"].scale - float(z[:, 3].std())) < 0.05
    assert torch.count_nonzero(directions["tint"].vector[[1, 2, 4, 5]]) == 0


def test_active_dims_and_fit_errors():
    mu = torch.zeros(50, 4)
    mu[:, 1] = torch.linspace(-2, 2, 50)
    assert active_dims(mu, torch.zeros(50, 4)) == [1]
    assert active_dims(torch.zeros(5, 3), torch.zeros(5, 3)) == [0, 1, 2]
    with pytest.raises(ValueError, match="do not vary"):
        fit_direction("smile", torch.randn(20, 2), torch.ones(20))
    with pytest.raises(ValueError, match="too few"):
        fit_direction("smile", torch.randn(2, 4), torch.randn(2))


def test_sampled_directions_find_what_the_reader_sees():
    directions = sampled_directions(LinearToy(), reader, n=400)
    assert abs(float(directions["brightness"].vector[0])) > 0.95
    assert abs(float(directions["tint"].vector[3])) > 0.95


def test_spearman_and_card_fields():
    t = np.arange(5.0)
    rows = np.array([t, -t, np.ones(5)])
    assert np.allclose(spearman(t, rows), [1.0, -1.0, 0.0])
    card = card_metrics({"smile": {"spearman_rho": 0.97, "range": 1.2, "leakage": {"glasses": 0.01}}})
    assert card["directions"]["smile"]["spearman_rho"] == 0.97 and card["directions"]["smile"]["leakage"]["glasses"] == 0.01
