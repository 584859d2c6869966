"""Steered walks: a direction bent face by face so that the other factors stay still, and measured by another reader."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core.directions import (
    FactorDirection,
    direction_fidelity,
    probability_reader,
    targets,
)
from latentlab.core.steering import steered_fidelity, steered_walk, steered_walk_job

WANTED = targets([("a", 0), ("b", 0), ("c", 0)])


class ToyDecoder(nn.Module):
    """Draws the latent itself as a 1×1×3 picture, in [0, 1] for |z| < 10."""

    latent_dim = 3
    output_range = (-10.0, 10.0)

    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(1))

    def generate(self, z, labels=None):
        return (z * self.w).reshape(-1, 3, 1, 1)

    def decode(self, z):
        with torch.inference_mode():
            return ((self.generate(z) + 10) / 20).clamp(0, 1)


class ToyNet(nn.Module):
    """Reads a = z0, c = z2 and b = z0·z2 (+ z1 unless `blind`): b's change along z0 has the sign of z2."""

    def __init__(self, blind: bool = False):
        super().__init__()
        self.blind = blind
        self.w = nn.Parameter(torch.ones(1))

    def outputs(self, x):
        v = (20 * x - 10).reshape(-1, 3) * self.w
        b = v[:, 0] * v[:, 2] + (0 if self.blind else v[:, 1])
        return {"a": v[:, 0], "b": b, "c": v[:, 2]}


ALONG_A = FactorDirection("a", torch.tensor([1.0, 0.0, 0.0]), 1.0, (0, 1, 2), 1.0)


def test_a_straight_direction_leaks_a_side_effect_whose_sign_depends_on_the_face_and_a_steered_walk_does_not():
    model, net = ToyDecoder(), ToyNet()
    reader = probability_reader(net, WANTED)
    straight = direction_fidelity(model, ALONG_A, reader, seeds=60, steps=13, span=3.0)
    # b changes by 6·z2: half of the faces up, half down, so no single straight direction cancels it
    assert straight["leakage"]["b"] > 3.0 and straight["leakage"]["c"] < 1e-6
    steered = steered_fidelity(model, ALONG_A, net, WANTED, reader, seeds=60, span=3.0)
    assert steered["leakage"]["b"] < 0.02 * straight["leakage"]["b"] and steered["leakage"]["c"] < 0.05
    # the correction takes some of the target's change too (b's gradient leans on a where z2 is large)
    assert steered["spearman_rho"] == pytest.approx(1.0) and steered["range"] > 0.5 * straight["range"]


def test_a_walk_steered_by_one_network_is_measured_by_another():
    # The steering network sees z1 in b and keeps b still by moving z1; a reader blind to z1 sees what
    # the faces do (b = z0·z2 changes): the reason the card's figures come from a second factor network.
    model, net = ToyDecoder(), ToyNet()
    itself = steered_fidelity(model, ALONG_A, net, WANTED, probability_reader(net, WANTED), seeds=60, span=3.0)
    judge = probability_reader(ToyNet(blind=True), WANTED)
    judged = steered_fidelity(model, ALONG_A, net, WANTED, judge, seeds=60, span=3.0)
    assert judged["leakage"]["b"] > 1.0 > 50 * itself["leakage"]["b"]


def test_a_walk_through_the_point_keeps_it_in_the_middle_and_yields_between_steps():
    model, net = ToyDecoder(), ToyNet()
    z = torch.tensor([0.7, -0.2, 1.5])
    walk = steered_walk(model, net, WANTED, z, ALONG_A, span=1.0, steps=5, project=False)
    assert walk.shape == (5, 3) and torch.allclose(walk[2], z)
    a = walk[:, 0].numpy()
    assert np.all(np.diff(a) > 0)  # the target grows along the walk
    b = (walk[:, 0] * walk[:, 2] + walk[:, 1]).numpy()
    assert np.ptp(b) < 0.05 and np.ptp(walk[:, 2].numpy()) < 0.05
    gen = steered_walk_job(model, net, WANTED, z, ALONG_A, span=1.0, steps=5, substeps=2)
    yields = 0
    while True:
        try:
            next(gen)
            yields += 1
        except StopIteration as done:
            assert done.value.shape == (5, 3)
            break
    assert yields == 2 * 2 * 2  # two steps each way, two substeps each


def test_bad_walks_are_refused_with_the_reason():
    model, net = ToyDecoder(), ToyNet()
    with pytest.raises(ValueError, match="odd number"):
        steered_walk(model, net, WANTED, torch.zeros(3), ALONG_A, steps=4)
    unknown = FactorDirection("d", torch.tensor([1.0, 0.0, 0.0]), 1.0, (0,), 1.0)
    with pytest.raises(ValueError, match="does not read 'd'"):
        steered_walk(model, net, WANTED, torch.zeros(3), unknown)


def test_several_networks_steer_by_their_mean_reading():
    model = ToyDecoder()
    z = torch.tensor([[0.3, 0.1, 1.2], [-0.5, 0.4, -0.8]])
    one = steered_walk(model, ToyNet(), WANTED, z, ALONG_A, span=1.0, steps=5)
    twice = steered_walk(model, [ToyNet(), ToyNet()], WANTED, z, ALONG_A, span=1.0, steps=5)
    torch.testing.assert_close(one, twice)  # the mean of one network's readings is that network's
    # Steered by a network that reads z1 and one that does not, the walk cannot keep b still by moving z1
    # alone: the blind judge sees less change than when the seeing network steers by itself.
    judge = probability_reader(ToyNet(blind=True), WANTED)
    alone = steered_fidelity(model, ALONG_A, ToyNet(), WANTED, judge, seeds=40, span=3.0)
    together = steered_fidelity(model, ALONG_A, [ToyNet(), ToyNet(blind=True)], WANTED, judge, seeds=40, span=3.0)
    assert together["leakage"]["b"] < 0.5 * alone["leakage"]["b"]
    with pytest.raises(ValueError, match="at least one factor network"):
        steered_walk(model, [], WANTED, z, ALONG_A)
