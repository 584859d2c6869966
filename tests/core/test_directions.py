"""Factor directions from labels, and the fidelity measure on decoders whose truth is known."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from latentlab.core.directions import (
    FactorDirection,
    active_dims,
    card_metrics,
    direction_fidelity,
    encoded_directions,
    fit_direction,
    sampled_directions,
    spearman,
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


# --- targets, readers, the card's directions -------------------------------------------------

from latentlab.core.directions import (
    Target,
    directions_from_card,
    directions_to_card,
    fit_model_directions,
    label_columns,
    measure_directions,
    probability_reader,
    targets,
)


class ToyFactorNet(nn.Module):
    """Reads 'brightness' (a number), 'tint' as yes/no logits and 'hue' as one of three values."""

    layout = (("brightness", 0), ("tint", 2), ("hue", 3))

    def __init__(self):
        super().__init__()
        self.dummy = nn.Parameter(torch.zeros(1))

    def outputs(self, x):
        b = x[:, 0].mean(dim=(1, 2))
        t = x[:, 1].mean(dim=(1, 2))
        yes_no = torch.stack([torch.zeros_like(t), 8 * (t - 0.5)], dim=1)
        hue = torch.stack([8 * (0.5 - b), torch.zeros_like(b), 8 * (b - 0.5)], dim=1)  # dark / mid / bright
        return {"brightness": b, "tint": yes_no, "hue": hue}


def test_targets_split_many_valued_factors_and_label_columns_follow():
    wanted = targets(ToyFactorNet.layout, {"hue": ("dark", "mid", "bright")})
    assert [t.name for t in wanted] == ["brightness", "tint", "hue: dark", "hue: mid", "hue: bright"]
    assert wanted[4] == Target("hue: bright", "hue", 2) and wanted[1].value is None
    assert [t.name for t in targets([("x", 3)])] == ["x: 0", "x: 1", "x: 2"]  # no value names: indices
    table = np.array([[0.2, 1, 2], [0.7, 0, 0]])
    cols = label_columns(table, ["brightness", "tint", "hue"], wanted)
    assert cols.tolist() == [[0.2, 1, 0, 0, 1], [0.7, 0, 1, 0, 0]]
    with pytest.raises(ValueError, match="no factor 'smile'"):
        label_columns(table, ["brightness", "tint", "hue"], [Target("smile", "smile")])


def test_probability_reader_reads_values_and_probabilities():
    wanted = targets(ToyFactorNet.layout, {"hue": ("dark", "mid", "bright")})
    read = probability_reader(ToyFactorNet(), wanted, batch_size=3)
    z = torch.linspace(-3, 3, 7)[:, None] * torch.eye(D)[0]
    values = read(LinearToy().decode(z))
    assert set(values) == {t.name for t in wanted} and all(v.shape == (7,) for v in values.values())
    assert torch.allclose(values["tint"], torch.full((7,), 0.5))  # tint 0.5 → even odds
    assert torch.all(torch.diff(values["hue: bright"]) > 0) and torch.all(torch.diff(values["hue: dark"]) < 0)
    total = values["hue: dark"] + values["hue: mid"] + values["hue: bright"]
    assert torch.allclose(total, torch.ones(7))


def test_fit_model_directions_takes_the_route_the_model_allows():
    wanted = targets(ToyFactorNet.layout, {"hue": ("dark", "mid", "bright")})
    rng = np.random.default_rng(1)
    z = torch.from_numpy(rng.normal(size=(300, D))).float()
    model = LinearToy()
    images = model.decode(z)
    labels = np.stack([torch.sigmoid(z[:, 0]).numpy(), (z[:, 3] > 0).numpy(), np.digitize(z[:, 0].numpy(), [-0.5, 0.5])],
                      axis=1)
    encoded = fit_model_directions(model, wanted, images=images, factors=labels,
                                   factor_names=["brightness", "tint", "hue"], method="raw")
    assert encoded["brightness"].dims == (0, 3)  # the encoder's used dimensions only
    assert float(encoded["hue: bright"].vector[0]) > 0.9 and float(encoded["hue: dark"].vector[0]) < -0.9
    reader = probability_reader(ToyFactorNet(), wanted)
    sampled = fit_model_directions(model, wanted, reader=reader, n=300, method="raw")
    assert len(sampled["brightness"].dims) == D and float(sampled["tint"].vector[3]) > 0.9
    with pytest.raises(ValueError, match="labelled images"):
        fit_model_directions(model, wanted)


def test_measure_directions_leaves_sibling_values_out_of_leakage():
    wanted = targets(ToyFactorNet.layout, {"hue": ("dark", "mid", "bright")})
    reader = probability_reader(ToyFactorNet(), wanted)
    dirs = {"hue: bright": FactorDirection("hue: bright", torch.eye(D)[0], 1.0, tuple(range(D)), 1.0)}
    seen = []
    result = measure_directions(LinearToy(), dirs, reader, wanted, seeds=20,
                                progress=lambda done, total, name: seen.append((done, total, name)))
    r = result["hue: bright"]
    assert r["spearman_rho"] > 0.99 and r["range"] > 0.5
    assert "hue: dark" not in r["leakage"] and "hue: mid" not in r["leakage"]
    assert r["leakage"]["brightness"] > 0.5  # the same pixels: honest leakage onto another factor
    assert r["leakage"]["tint"] < 1e-6 and seen == [(1, 1, "hue: bright")]


def test_directions_round_trip_through_the_card_and_bad_entries_are_skipped():
    wanted = targets(ToyFactorNet.layout, {"hue": ("dark", "mid", "bright")})
    vec = torch.tensor([0.6, 0.0, 0.0, 0.8, 0.0, 0.0])
    dirs = {"brightness": FactorDirection("brightness", vec, 0.7, (0, 3), 0.95),
            "hue: mid": FactorDirection("hue: mid", torch.eye(D)[1], 1.2, tuple(range(D)), 0.5)}
    card = {"directions": directions_to_card(dirs, wanted, "300 encoded toy images", route="encoded", n=300,
                                             dataset="toy")}
    assert card["directions"]["route"] == "encoded" and card["directions"]["n"] == 300
    import json
    card = json.loads(json.dumps(card))  # what the file keeps
    assert card["directions"]["factors"]["hue: mid"]["factor"] == "hue" and card["directions"]["factors"]["hue: mid"]["value"] == 1
    back = directions_from_card(card, D)
    assert set(back) == {"brightness", "hue: mid"}
    assert torch.allclose(back["brightness"].vector, vec) and back["brightness"].scale == 0.7
    assert back["brightness"].dims == (0, 3) and back["hue: mid"].fit_r2 == 0.5
    card["directions"]["factors"]["brightness"]["vector"] = [1.0, 2.0]  # another model's size
    card["directions"]["factors"]["hue: mid"]["vector"][0] = "nan"
    card["directions"]["factors"]["zero"] = {"vector": [0.0] * D}
    card["directions"]["factors"]["junk"] = 5
    assert directions_from_card(card, D) == {}
    assert directions_from_card({}, D) == {} and directions_from_card({"directions": [1]}, D) == {}
