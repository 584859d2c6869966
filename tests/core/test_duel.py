"""GAN against WGAN-GP: the pair of runs, lockstep training, coverage over time, the log and its figure."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from latentlab.core import families
from latentlab.core.coverage_series import CoverageSeries, sampling_ceiling
from latentlab.core.datasets import ImageDataset
from latentlab.train import TrainConfig
from latentlab.train import duel as D
from latentlab.train.presets import DUEL_WGAN_GP, PRESETS

TINY = {"base_channels": 4, "latent_dim": 4, "batch_size": 8, "device": "cpu", "threads": 1, "write_files": False}


def _bars(n: int = 48, name: str = "mnist") -> ImageDataset:
    """Bars in ten positions, labelled 0-9 (the bundled MNIST classifier reads them as some digits)."""
    rng = np.random.default_rng(0)
    images = np.zeros((n, 1, 28, 28), np.uint8)
    labels = np.arange(n) % 10
    for i in range(n):
        c = 2 + 2 * labels[i] + rng.integers(0, 2)
        images[i, 0, 3:25, c:c + 3] = 255
    return ImageDataset(images, labels, [str(k) for k in range(10)], name=name)


def _configs(tmp_path, **fields):
    base = TrainConfig(kind="gan", dataset="mnist", out=str(tmp_path / "run" / "model.safetensors"), seed=3)
    return D.duel_configs(base, "mode-collapse", **{**TINY, "max_steps": 6, "sample_every": 2, **fields})


def _net():
    from latentlab.core import zoo
    from latentlab.core.metrics import FeatureNet

    if zoo.feature_network("mnist") is None:
        pytest.skip("no bundled MNIST classifier")
    return FeatureNet.for_dataset("mnist")


def test_the_pair_is_the_recipe_with_two_losses(tmp_path):
    plain, wgan = _configs(tmp_path)
    # the plain pane is the recipe as presets.py has it now (its values are tuned elsewhere)
    for key, value in PRESETS["mode-collapse"].items():
        if key not in TINY:
            assert getattr(plain, key) == value, key
    assert families.get(plain.kind).capabilities.adversary is families.Adversary.DISCRIMINATOR
    assert families.get(wgan.kind).capabilities.adversary is families.Adversary.WASSERSTEIN_CRITIC
    # same data, seed, network size and batch
    for key in ("dataset", "seed", "base_channels", "latent_dim", "batch_size"):
        assert getattr(plain, key) == getattr(wgan, key), key
    # the same number of generator updates: WGAN-GP's loop runs critic_steps batches per update
    k = wgan.critic_steps
    assert k == DUEL_WGAN_GP["critic_steps"] and plain.g_steps == 1
    assert (wgan.max_steps, wgan.sample_every, wgan.epochs) == (6 * k, 2 * k, plain.epochs * k)
    # WGAN-GP takes the duel's measured optimiser settings (betas 0, 0.9 as usual); the files sit side by side
    resolved = wgan.resolved()
    assert resolved.lr == DUEL_WGAN_GP["lr"] and tuple(resolved.gan_betas) == (0.0, 0.9)
    assert resolved.gp_weight == 10.0
    assert plain.out != wgan.out and {p.rsplit("/", 1)[-1] for p in (plain.out, wgan.out)} == {
        "gan.safetensors", "wgan-gp.safetensors"}
    with pytest.raises(ValueError, match="not a plain GAN recipe"):
        D.duel_configs(TrainConfig(), "vae")


def test_both_panes_train_in_turn_and_coverage_grows_with_the_steps(tmp_path):
    configs = _configs(tmp_path)
    net = _net()
    log = D.DuelLog(configs, ["plain GAN", "WGAN-GP"], "mode-collapse", tmp_path / "run", net.classifier.class_names)
    events = list(D.iter_duel(configs, dataset=_bars(), net=net, log=log))
    k = configs[1].critic_steps
    steps = [(e.pane, e.progress.step) for e in events if e.progress.event == "step"]
    loops = [(e.pane, e.loop_step) for e in events if e.progress.event == "step"]
    # a turn is one generator step of each: one batch of the plain GAN, k critic batches of WGAN-GP
    assert loops == [(pane, s) for g in range(1, 7) for pane, s in
                     [(0, g)] + [(1, (g - 1) * k + j) for j in range(1, k + 1)]]
    # the duel's clock counts generator updates in both panes
    assert steps == [(pane, s) for g in range(1, 7) for pane, s in
                     [(0, g)] + [(1, ((g - 1) * k + j) // k) for j in range(1, k + 1)]]
    assert [e.pane for e in events if e.progress.event == "done"] == [0, 1]
    for pane in (0, 1):
        series = log.coverage(pane)
        assert series.steps == [2, 4, 6]  # one reading per grid
        assert all(0.0 <= v <= 1.0 for v in series.entropy + series.min_fraction)
        assert all(len(row) == 10 and sum(row) == pytest.approx(1.0) and min(row) >= 0 for row in series.shares)
        assert set(series.n) == {64}
        covered = [e.coverage for e in events if e.pane == pane and e.coverage is not None]
        assert [c["entropy"] for c in covered] == series.entropy
    # loss points are means over LOG_STEPS steps; WGAN-GP's generator loss only once G has moved
    assert log.panes[0]["loss"]["step"] == [5] and set(log.panes[0]["loss"]) >= {"g_loss", "d_loss"}
    assert log.panes[1]["loss"]["step"] == [5]  # LOG_STEPS generator steps, k batches each
    assert [(p["steps"], p["total_steps"], p["loop_steps"]) for p in log.panes] == [(6, 6, 6), (6, 6, 6 * k)]
    assert set(log.panes[1]["loss"]) >= {"w_distance", "gp", "g_loss"}
    assert log.panes[0]["generator_updates_per_step"] == PRESETS["mode-collapse"]["g_steps"]
    assert log.panes[1]["generator_updates_per_step"] == pytest.approx(1 / configs[1].critic_steps)
    assert log.panes[1]["config"]["lr"] == DUEL_WGAN_GP["lr"]

    # the log on disk: JSON without machine paths, the newest grids, and both models
    data, sheets = D.read_log(tmp_path / "run")
    assert data["format"] == D.LOG_FORMAT and [p["outcome"] for p in data["panes"]] == ["done", "done"]
    assert [p["model"] for p in data["panes"]] == ["gan.safetensors", "wgan-gp.safetensors"]
    assert str(tmp_path) not in (tmp_path / "run" / "duel.json").read_text()
    back = CoverageSeries.from_dict(data["panes"][1]["coverage"])
    np.testing.assert_allclose(back.entropy, log.coverage(1).entropy, atol=1e-6)
    assert all(s is not None and s.ndim == 2 for s in sheets)
    assert (tmp_path / "run" / "gan.safetensors").is_file() and (tmp_path / "run" / "wgan-gp.safetensors").is_file()


def test_each_pane_runs_as_it_would_alone(tmp_path):
    """Each run keeps its own random stream: the duel's plain pane is the plain recipe trained by itself."""
    from latentlab.train.loop import iter_training

    configs = _configs(tmp_path, sample_every=100)
    duel = [e.progress.losses for e in D.iter_duel(configs, dataset=_bars()) if e.pane == 0
            and e.progress.event == "step"]
    alone_config = replace(configs[0], out=str(tmp_path / "alone" / "gan.safetensors"))
    alone = [p.losses for p in iter_training(alone_config, dataset=_bars()) if p.event == "step"]
    assert len(duel) == len(alone) == 6
    wgan = [e.progress.losses for e in D.iter_duel(configs, dataset=_bars()) if e.pane == 1
            and e.progress.event == "step"]
    alone_config = replace(configs[1], out=str(tmp_path / "alone" / "wgan-gp.safetensors"))
    alone_w = [p.losses for p in iter_training(alone_config, dataset=_bars()) if p.event == "step"]
    assert len(wgan) == len(alone_w) == 6 * configs[1].critic_steps
    for a, b in zip(wgan, alone_w):
        assert a == pytest.approx(b, rel=1e-6, abs=1e-7, nan_ok=True)
    for a, b in zip(duel, alone):
        assert a == pytest.approx(b, rel=1e-6, abs=1e-7)


def test_closing_the_duel_stops_both_runs_and_keeps_their_models(tmp_path):
    configs = _configs(tmp_path, max_steps=1000)
    log = D.DuelLog(configs, ["plain GAN", "WGAN-GP"], "mode-collapse", tmp_path / "run")
    run = D.iter_duel(configs, dataset=_bars(), log=log)
    for event in run:
        if event.pane == 1 and event.progress.step == 3:
            break
    run.close()
    assert [p["outcome"] for p in log.panes] == ["stopped", "stopped"]
    assert log.panes[0]["steps"] == 3 and log.panes[1]["steps"] == 3  # generator steps
    data, _ = D.read_log(tmp_path / "run")
    assert [p["outcome"] for p in data["panes"]] == ["stopped", "stopped"]
    assert all((tmp_path / "run" / p["model"]).is_file() for p in data["panes"])
    with pytest.raises(ValueError, match="same model file"):
        next(D.iter_duel([configs[0], configs[0]], dataset=_bars()))


def test_coverage_series_checks_what_it_is_given():
    series = CoverageSeries(["a", "b"])
    series.add(10, {"histogram": [1.0, 0.0], "entropy": 0.0, "n": 4})
    series.add(20, {"histogram": [0.5, 0.5], "entropy": 1.0, "n": 4})
    assert series.last() == {"step": 20, "shares": [0.5, 0.5], "entropy": 1.0, "min_fraction": 0.5, "n": 4}
    for bad, match in (((20, {"histogram": [0.5, 0.5], "entropy": 1.0}), "steps must increase"),
                       ((30, {"histogram": [1.0], "entropy": 0.0}), "1 values for 2 classes"),
                       ((30, {"histogram": [0.7, 0.7], "entropy": 0.9}), "summing to 1"),
                       ((30, {"histogram": [0.5, 0.5], "entropy": 1.5}), "outside")):
        with pytest.raises(ValueError, match=match):
            series.add(*bad)
    assert len(series) == 2 and CoverageSeries.from_dict(json.loads(json.dumps(series.to_dict()))).steps == [10, 20]
    with pytest.raises(ValueError, match="at least 2 classes"):
        CoverageSeries(["only"])
    # a perfect generator's 64-sample batch of ten classes: about 0.97, not 1
    assert 0.95 < sampling_ceiling(64, 10) < 0.98 < sampling_ceiling(10_000, 10) <= 1.0


# --------------------------------------------------------------------------------------------
# the figure
# --------------------------------------------------------------------------------------------


@pytest.fixture
def finished_duel(tmp_path):
    configs = _configs(tmp_path, max_steps=8, sample_every=4)
    net = _net()
    log = D.DuelLog(configs, ["plain GAN", "WGAN-GP"], "mode-collapse", tmp_path / "run", net.classifier.class_names)
    for _ in D.iter_duel(configs, dataset=_bars(), net=net, log=log):
        pass
    return configs, log


def test_the_figure_is_one_png_with_a_sidecar_naming_both_models(finished_duel, tmp_path):
    from PIL import Image

    from latentlab.core.duel_figure import render_duel_figure, save_duel_figure
    from latentlab.core.files import file_sha256
    from latentlab.core.sidecar import read_sidecar
    from tests.sidecar_checks import assert_no_paths

    configs, log = finished_duel
    out = save_duel_figure(tmp_path / "duel.png", log.to_dict(), log.frames, [c.out for c in configs])
    with Image.open(out) as im:
        assert im.mode == "RGB" and im.size[0] == 1600 and im.size[1] > 1200
    side = read_sidecar(out)
    assert side["mode"] == "duel" and side["lang"] == "en"
    assert [m["file"] for m in side["models"]] == ["gan.safetensors", "wgan-gp.safetensors"]
    assert side["models"][1]["sha256"] == file_sha256(configs[1].out) and side["models"][1]["arch"] == "wgan-gp"
    # the figure's numbers travel with it: both coverage series and loss curves
    assert [p["coverage"]["steps"] for p in side["duel"]["panes"]] == [[4, 8], [4, 8]]
    assert side["duel"]["panes"][0]["loss"]["step"] == [5]
    assert_no_paths(side, tmp_path)
    # drawn again from the log on disk (grids as saved sheets), in another language and width
    data, sheets = D.read_log(tmp_path / "run")
    english = render_duel_figure(data, sheets, width=1000)
    czech = render_duel_figure(data, sheets, width=1000, lang="cs")
    assert english.shape[1] == czech.shape[1] == 1000 and not np.array_equal(english, czech)
    # each pane's coverage is drawn: a pane that drew nothing yet leaves its curve out
    blank = json.loads(json.dumps(data))
    blank["panes"][1]["coverage"]["steps"], blank["panes"][1]["coverage"]["entropy"] = [], []
    blank["panes"][1]["coverage"]["shares"], blank["panes"][1]["coverage"]["n"] = [], []
    assert not np.array_equal(render_duel_figure(blank, sheets, width=1000), english)
    with pytest.raises(ValueError, match="two panes"):
        render_duel_figure(data, sheets[:1])


def test_the_recipe_line_counts_steps_in_words_that_agree():
    from latentlab.core.duel_figure import _Canvas, _recipe_text

    pane = {"config": {"gan_loss": "hinge", "spectral_norm": False}, "generator_updates_per_step": 1}
    for lang, expected in (("en", "one generator step per discriminator step"), ("cs", "jeden krok generátoru")):
        assert expected in _recipe_text(_Canvas(100, 10, lang), pane)
    pane["generator_updates_per_step"] = 3
    assert "3 generator steps per discriminator step" in _recipe_text(_Canvas(100, 10, "en"), pane)
    pane["generator_updates_per_step"] = 0.5
    assert "2 critic steps per generator step" in _recipe_text(_Canvas(100, 10, "en"), pane)
