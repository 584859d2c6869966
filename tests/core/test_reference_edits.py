"""Perfect edits: the same image drawn again with only one factor changed, read and redrawn."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core import datasets
from latentlab.core.datasets import faces64
from latentlab.core.datasets.faces_draw import draw_faces, sample_factors
from latentlab.core.directions import Target, targets
from latentlab.core.reference_edits import edit_pairs, reference_fidelity

SHAPE = (1, 8, 8)


class ToyDrawing:
    """Left half of the image as bright as factor a, right half as b; c (3 values) in the top-left pixel."""

    def sample(self, n, seed):
        rng = np.random.default_rng(seed)
        return np.stack([rng.uniform(0, 1, n), rng.uniform(0, 1, n), rng.integers(0, 3, n)], axis=1).astype(np.float32)

    def draw(self, table):
        table = np.asarray(table, dtype=np.float32)
        out = np.zeros((len(table), *SHAPE), np.float32)
        out[:, 0, 1:, :4] = table[:, 0, None, None]
        out[:, 0, :, 4:] = table[:, 1, None, None]
        out[:, 0, 0, :4] = table[:, 2, None] / 2
        return np.rint(out * 255).astype(np.uint8)


def toy_spec():
    factors = (datasets.Factor("a", lambda x: x, range=(0.0, 1.0)), datasets.Factor("b", lambda x: x, range=(0.0, 1.0)),
               datasets.Factor("c", lambda x: x, values=("x", "y", "z")))
    return datasets.DatasetSpec(name="toy-drawn", title="Toy drawn", image_shape=SHAPE, class_names=("x",),
                                factors=factors, drawing=ToyDrawing())


WANTED = targets([("a", 0), ("b", 0), ("c", 3)], {"c": ("x", "y", "z")})


def read(images):
    """What a perfect factor network reads: each half's brightness and c's value as a probability."""
    c = torch.round(images[:, 0, 0, :4].mean(dim=1) * 2).long().clamp(0, 2)
    out = {"a": images[:, 0, 1:, :4].mean(dim=(1, 2)), "b": images[:, 0, :, 4:].mean(dim=(1, 2))}
    out.update({f"c: {v}": (c == i).float() for i, v in enumerate("xyz")})
    return out


class BleedingVAE(nn.Module):
    """Encodes a and b exactly but redraws the right half as b + 0.5·a: a's edits leak into b."""

    has_encoder = True
    image_shape = SHAPE

    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(1))

    def encode(self, x):
        mu = torch.stack([x[:, 0, 1:, :4].mean(dim=(1, 2)), x[:, 0, :, 4:].mean(dim=(1, 2))], dim=1)
        return mu, torch.zeros_like(mu)

    def decode(self, z):
        out = torch.zeros(len(z), *SHAPE)
        out[:, 0, 1:, :4] = z[:, 0, None, None]
        out[:, 0, :, 4:] = (z[:, 1] + 0.5 * z[:, 0]).clamp(0, 1)[:, None, None]
        return out


def test_a_pair_differs_in_the_target_only_and_spans_its_range():
    spec = toy_spec()
    before, after = edit_pairs(spec, Target("a", "a"), n=50, seed=3)
    assert np.all(before[:, 0] == 0.0) and np.all(after[:, 0] == 1.0)
    assert np.array_equal(before[:, 1:], after[:, 1:]) and before[:, 1].std() > 0.1
    before, after = edit_pairs(spec, Target("c: z", "c", 2), n=300, seed=3)
    assert np.all(after[:, 2] == 2) and not np.any(before[:, 2] == 2)
    assert set(np.unique(before[:, 2])) == {0.0, 1.0}  # from either other value
    assert np.array_equal(before[:, :2], after[:, :2])


def test_a_yes_no_factor_goes_from_no_to_yes():
    glasses = Target("glasses", "glasses")
    before, after = edit_pairs(faces64.FACES64, glasses, n=20, seed=0)
    column = faces64.FACTOR_NAMES.index("glasses")
    assert np.all(before[:, column] == 0) and np.all(after[:, column] == 1)


def test_drawn_edits_of_independent_factors_leak_nothing_and_a_bleeding_model_leaks():
    spec = toy_spec()
    ref = reference_fidelity(spec, read, WANTED, ["a", "c: y"], model=BleedingVAE(), n=100, seed=0)
    assert set(ref) == {"a", "c: y"}
    drawn = ref["a"]["drawn"]
    assert drawn["range"] == pytest.approx(1.0, abs=0.01) and drawn["leakage"]["b"] < 0.01
    # the model redraws the same pairs: a still spans its range, but b moves with it (0.5·a, where b + 0.5 < 1)
    redrawn = ref["a"]["redrawn"]
    assert redrawn["range"] == pytest.approx(1.0, abs=0.01) and redrawn["leakage"]["b"] > 0.2
    # the values of c are not side effects of each other; a and b are untouched by c
    assert set(ref["c: y"]["drawn"]["leakage"]) == {"a", "b"} and ref["c: y"]["drawn"]["range"] == 1.0
    assert max(ref["c: y"]["drawn"]["leakage"].values()) < 0.01


def test_without_an_encoder_only_the_drawn_edit_is_measured():
    ref = reference_fidelity(toy_spec(), read, WANTED, ["b"], model=None, n=20)
    assert set(ref["b"]) == {"n", "drawn"} and ref["b"]["n"] == 20


def test_bad_requests_name_the_problem():
    with pytest.raises(ValueError, match="Toy plain.*cannot draw"):
        edit_pairs(datasets.DatasetSpec(name="toy-plain", title="Toy plain", image_shape=SHAPE, class_names=("x",)),
                   Target("a", "a"))
    with pytest.raises(ValueError, match="no factor 'd'"):
        edit_pairs(toy_spec(), Target("d", "d"))
    with pytest.raises(ValueError, match="no target 'e'"):
        reference_fidelity(toy_spec(), read, WANTED, ["e"])


def test_faces64_draws_pixel_for_pixel_as_its_data_set():
    drawing = faces64.FACES64.drawing
    table = drawing.sample(3, 5)
    assert np.array_equal(table, sample_factors(3, 5))
    assert np.array_equal(drawing.draw(table), draw_faces(table, workers=1))
