"""Decorrelated directions: a direction that moves its factor and, as the decoded images show, nothing else."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core.directions import (
    RIDGES,
    FactorDirection,
    Target,
    decorrelate_directions,
    directions_from_card,
    directions_to_card,
    effect_slopes,
    fit_model_directions,
    measure_directions,
)

D = 4
WANTED = [Target("a", "a"), Target("b", "b"), Target("c", "c")]


class Coupled(nn.Module):
    """Three factors linear in z, and the decoder couples two of them.

    Channel 0 shows factor a = z0, channel 1 factor b = z0 + z1, channel 2 factor c = z2;
    z3 is ignored. The labels of a depend on z0 alone, so a regression of a on the latents
    gives e0, and a step along e0 also changes b: only (e0 - e1) / √2 moves a alone.
    Its encoder is the exact inverse on the used dimensions (z3 collapsed to the prior).
    """

    latent_dim = D

    def __init__(self):
        super().__init__()
        self.dummy = nn.Parameter(torch.zeros(1))

    def decode(self, z, labels=None):
        chans = [z[:, 0], z[:, 0] + z[:, 1], z[:, 2]]
        return torch.stack([0.5 + 0.05 * c for c in chans], dim=1)[:, :, None, None].expand(-1, 3, 8, 8)

    def encode(self, x, labels=None):
        a, b, c = ((x[:, i].mean(dim=(1, 2)) - 0.5) / 0.05 for i in range(3))
        mu = torch.stack([a, b - a, c, torch.zeros_like(a)], dim=1)
        logvar = torch.tensor([-4.0, -4.0, -4.0, 0.0]).expand(len(x), D).clone()
        return mu, logvar


class CoupledGenerator(Coupled):
    """The same pictures from a model that cannot encode (the GAN route)."""

    def encode(self, x, labels=None):
        raise NotImplementedError("a GAN does not encode")


def reader(images):
    return {name: (images[:, i].mean(dim=(1, 2)) - 0.5) / 0.05 for i, name in enumerate("abc")}


def _labelled(n=400, seed=0):
    z = torch.from_numpy(np.random.default_rng(seed).normal(size=(n, D))).float()
    return Coupled().decode(z), torch.stack([z[:, 0], z[:, 0] + z[:, 1], z[:, 2]], dim=1).numpy()


def test_effect_slopes_read_the_decoder_latent_by_latent():
    z = torch.randn(5, D, generator=torch.Generator().manual_seed(0))
    done = []
    slopes = effect_slopes(Coupled(), reader, z, [0, 1, 3], ["a", "b"], progress=lambda i, n, _: done.append(i))
    assert slopes.shape == (5, 2, 3) and done == [1, 2, 3]
    assert np.allclose(slopes[0], [[1, 0, 0], [1, 1, 0]], atol=1e-4)
    with pytest.raises(ValueError, match="does not read 'smile'"):
        effect_slopes(Coupled(), reader, z, [0], ["smile"])


@pytest.mark.parametrize("route", ["encoded", "sampled"])
def test_decorrelated_direction_moves_its_factor_without_moving_the_coupled_one(route):
    if route == "encoded":
        images, labels = _labelled()
        model = Coupled()
        kwargs = {"images": images, "factors": labels, "factor_names": ["a", "b", "c"], "reader": reader}
    else:
        model = CoupledGenerator()
        kwargs = {"reader": reader, "n": 400}
    raw = fit_model_directions(model, WANTED, method="raw", **kwargs)
    new = fit_model_directions(model, WANTED, **kwargs)  # decorrelated is the default
    before = measure_directions(model, raw, reader, WANTED, seeds=50)
    after = measure_directions(model, new, reader, WANTED, seeds=50)
    # The regression direction of a is e0 and drags b along: 6 steps change b by 6.
    assert abs(float(raw["a"].vector[0])) > 0.99 and before["a"]["leakage"]["b"] > 5.0
    # Decorrelated: a still grows, monotonically, and b (and c) stay put.
    assert after["a"]["spearman_rho"] > 0.99 and after["a"]["range"] > 4.0  # 6 / √2 ≈ 4.24
    assert after["a"]["leakage"]["b"] < 0.05 and after["a"]["leakage"]["c"] < 0.05
    assert float(new["a"].vector[0]) > 0.6 and float(new["a"].vector[1]) < -0.6
    assert raw["a"].ridge is None and new["a"].ridge in RIDGES  # the walk check kept a decorrelated one
    # Nothing was left to correct for c; the unused dimension stays zero in the VAE's directions.
    assert after["c"]["leakage"]["a"] < 0.05 and float(new["c"].vector[2]) > 0.99
    if route == "encoded":
        assert new["a"].dims == (0, 1, 2) and float(new["a"].vector[3]) == 0.0
        # The scale is the data's spread along the new direction: std((z0 - z1) / √2) = 1.
        assert abs(new["a"].scale - 1.0) < 0.15 and 0.3 < new["a"].fit_r2 < 0.7  # a = z0 explains half


def test_sibling_values_are_not_side_effects_and_unmoved_targets_keep_their_regression():
    wanted = [Target("hue: x", "hue", 0), Target("hue: y", "hue", 1), Target("c", "c")]

    def hue_reader(images):
        r = reader(images)
        return {"hue: x": r["a"], "hue: y": r["b"], "c": r["c"]}

    raw = {"hue: x": FactorDirection("hue: x", torch.eye(D)[0], 1.0, tuple(range(D)), 1.0),
           "never": FactorDirection("never", torch.eye(D)[3], 2.0, tuple(range(D)), 0.1)}

    def reader_with_never(images):
        return {**hue_reader(images), "never": torch.zeros(len(images))}

    new = decorrelate_directions(Coupled(), raw, reader_with_never, wanted, seeds=20)
    # 'hue: y' is the same factor: moving it with 'hue: x' is allowed, so e0 stays.
    assert float(new["hue: x"].vector[0]) > 0.99
    assert new["never"] is raw["never"]  # no step changes its reading: nothing to correct by
    with pytest.raises(ValueError, match="seeds=1"):
        decorrelate_directions(Coupled(), raw, reader_with_never, wanted, seeds=1)


def test_method_choice_errors_and_the_card_records_the_method():
    images, labels = _labelled(200)
    with pytest.raises(ValueError, match="unknown direction method 'orthogonal'"):
        fit_model_directions(Coupled(), WANTED, images=images, factors=labels, factor_names="abc", method="orthogonal")
    with pytest.raises(ValueError, match="need a factor reader"):
        fit_model_directions(Coupled(), WANTED, images=images, factors=labels, factor_names="abc")
    dirs = fit_model_directions(Coupled(), WANTED, images=images, factors=labels, factor_names="abc", reader=reader,
                                decorrelation={"seeds": 30, "ridge": 0.01})
    settings = {"seeds": 30, "seed": 1, "step": 1.0, "ridge": 0.01}
    card = {"directions": json.loads(json.dumps(directions_to_card(dirs, WANTED, "toy", method="decorrelated",
                                                                   decorrelation=settings)))}
    assert card["directions"]["method"] == "decorrelated" and card["directions"]["decorrelation"] == settings
    back = directions_from_card(card, D)
    assert set(back) == {"a", "b", "c"} and torch.allclose(back["a"].vector, dirs["a"].vector, atol=1e-5)
    assert card["directions"]["factors"]["a"]["ridge"] == 0.01 and back["a"].ridge == 0.01
    assert "method" not in directions_to_card(dirs, WANTED, "toy")  # an old-style entry: raw regression


class Wrapping(Coupled):
    """Factor a = sin(1.2 z0) (a hue that wraps around), b = z1: the mean slope of a points along +z0,
    but a walk from -3 to +3 along +z0 ends where a is lower than where it began."""

    def decode(self, z, labels=None):
        chans = [torch.sin(1.2 * z[:, 0]), z[:, 1], z[:, 2]]
        return torch.stack([0.5 + 0.05 * c for c in chans], dim=1)[:, :, None, None].expand(-1, 3, 8, 8)


def test_a_candidate_whose_walk_turns_the_target_around_is_not_kept():
    walks_right = {"a": FactorDirection("a", -torch.eye(D)[0], 1.0, tuple(range(D)), 0.5)}
    kept = decorrelate_directions(Wrapping(), walks_right, reader, WANTED, seeds=100)
    assert kept["a"] is walks_right["a"]  # the slopes' direction walks a downwards: the regression stays
    unchecked = decorrelate_directions(Wrapping(), walks_right, reader, WANTED, seeds=100, ridge=0.003, check_seeds=0)
    assert unchecked["a"].ridge == 0.003 and float(unchecked["a"].vector[0]) > 0.99
    walked = measure_directions(Wrapping(), {"kept": kept["a"], "unchecked": unchecked["a"]}, reader,
                                [Target("kept", "a"), Target("unchecked", "a"), *WANTED[1:]], seeds=20)
    assert walked["kept"]["range"] > 0.5 > -0.5 > walked["unchecked"]["range"]
