"""``latentlab directions``: named factor directions of a faces64 model fitted, measured and kept on its card."""

from __future__ import annotations

import json

import pytest
import torch

from latentlab.cli import main
from latentlab.core.checkpoint import load_model, read_card, save_model
from latentlab.core.directions import directions_from_card
from latentlab.core.families.gan import GAN, GANConfig
from latentlab.core.families.vae import VAE, VAEConfig
from latentlab.fit_directions import format_fidelity

FACES = (3, 64, 64)


def _save(kind: str, path):
    torch.manual_seed(0)
    cls, config = (VAE, VAEConfig) if kind == "vae" else (GAN, GANConfig)
    save_model(cls(config(latent_dim=6, base_channels=4, image_shape=FACES)).eval(), path, dataset="faces64")
    return path


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("faces")
    assert main(["data", "faces64", "-n", "10", "--test-n", "150", "--seed", "40", "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("kind", ["vae", "gan"])
def test_directions_are_fitted_measured_and_written_into_the_card(kind, data_dir, tmp_path, capsys):
    path = _save(kind, tmp_path / f"faces-{kind}.safetensors")
    before = read_card(path)["tensor_sha256"]
    assert main(["directions", str(path), "-n", "120", "--seeds", "3", "--data-dir", str(data_dir),
                 "--device", "cpu", "--json"]) == 0
    out = capsys.readouterr()
    results = json.loads(out.out)
    # One slider per number and yes/no factor, one per hair colour and per hair style.
    assert {"smile", "glasses", "hair colour: blonde", "hair style: bun"} <= set(results["factors"])
    assert "hair colour" not in results["factors"]
    smile = results["factors"]["smile"]
    assert -1 <= smile["spearman_rho"] <= 1 and "glasses" in smile["leakage"]
    assert not any(k.startswith("hair colour") for k in results["factors"]["hair colour: red"]["leakage"])
    # faces64 draws its faces from their factors: each figure comes with the perfect edit's, drawn (the
    # factor network's cross-talk) and, for a VAE, redrawn by the model
    reference = smile["reference"]
    assert reference["n"] == 3 and reference["drawn"]["range"] > 1.0  # the bundled network reads a real smile
    assert set(reference["drawn"]["leakage"]) == set(smile["leakage"])
    assert ("redrawn" in reference) == (kind == "vae")
    table = format_fidelity(results["factors"]).splitlines()
    assert "perfect edit (drawn / redrawn)" in table[0]
    smile_row = next(line for line in table if line.startswith("smile "))
    assert smile_row.rsplit(", ", 1)[1].count("/") == (1 if kind == "vae" else 0)
    assert ("encoded" if kind == "vae" else "sampled") in results["source"]
    card = read_card(path)
    assert card["tensor_sha256"] == before  # the weights are untouched
    assert card["metrics"]["directions"]["smile"] == smile
    model = load_model(path)
    dirs = directions_from_card(card, model.latent_dim)
    assert set(dirs) == set(results["factors"]) and dirs["smile"].vector.shape == (6,)


def test_directions_refuses_a_model_whose_dataset_has_no_factor_network(tiny_model, tmp_path, capsys):
    path = save_model(tiny_model("vae"), tmp_path / "digits.safetensors", dataset="mnist")
    assert main(["directions", str(path), "--seeds", "3"]) != 0
    err = capsys.readouterr().err
    assert "no factor network" in err and "mnist" in err and len(err.strip().splitlines()) == 1


def test_directions_method_is_chosen_and_recorded_on_the_card(data_dir, tmp_path, capsys):
    path = _save("vae", tmp_path / "faces-vae.safetensors")
    assert main(["directions", str(path), "-n", "120", "--seeds", "2", "--data-dir", str(data_dir),
                 "--device", "cpu", "--method", "raw", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["method"] == "raw"
    card = read_card(path)["directions"]
    assert card["method"] == "raw" and "decorrelation" not in card
    raw = directions_from_card(read_card(path), 6)
    assert main(["directions", str(path), "-n", "120", "--seeds", "2", "--data-dir", str(data_dir),
                 "--device", "cpu", "--ridge", "0.01", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "decorrelated" in out
    card = read_card(path)["directions"]
    assert card["method"] == "decorrelated"
    assert card["decorrelation"] == {"seeds": 200, "step": 1.0, "ridge": [0.01], "check_seeds": 100, "seed": 5}
    new = directions_from_card(read_card(path), 6)
    assert set(new) == set(raw) and all(d.ridge is None for d in raw.values())
    changed = [n for n in new if new[n].ridge == 0.01]  # the rest: the regression walked better
    assert changed and all(not torch.allclose(new[n].vector, raw[n].vector) for n in changed)
    assert main(["directions", str(path), "--ridge", "0.1", "-1", "--no-write"]) != 0
    assert "--ridge 0.1 -1" in capsys.readouterr().err


def test_steered_walks_are_measured_by_a_second_factor_network(data_dir, tmp_path, capsys):
    path = _save("vae", tmp_path / "faces-vae.safetensors")
    common = ["directions", str(path), "-n", "120", "--seeds", "2", "--data-dir", str(data_dir), "--device", "cpu",
              "--method", "raw"]
    assert main([*common, "--steer", "smile"]) != 0
    assert "--steer needs --judge" in capsys.readouterr().err
    for steering in ("faces64-factors", "faces64-steer"):  # the two that steer, by their mean reading
        assert main([*common, "--steer", "smile", "--judge", steering]) != 0
        assert "a factor network that steers" in capsys.readouterr().err
    assert main([*common, "--steer", "grin", "--judge", "faces64-judge"]) != 0
    assert "--steer grin: no such direction" in capsys.readouterr().err
    assert main([*common, "--steer", "smile", "--judge", "faces64-judge"]) == 0
    out = capsys.readouterr().out
    assert "steered walks, read by faces64-judge (a factor network that did not steer them)" in out
    steering = read_card(path)["metrics"]["directions"]["smile"]["steering"]
    assert steering["judge"]["name"] == "faces64-judge" and len(steering["judge"]["sha256"]) == 64
    assert [s["name"] for s in steering["steered_by"]] == ["faces64-factors", "faces64-steer"]
    for kind in ("straight", "steered"):
        assert -1 <= steering[kind]["spearman_rho"] <= 1 and "mouth open" in steering[kind]["leakage"]
    assert "steering" not in read_card(path)["metrics"]["directions"]["glasses"]
