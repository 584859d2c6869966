"""GAN vs WGAN-GP side by side: tiny runs on synthetic data, driven as a teacher would."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from latentlab.core.datasets import ImageDataset


def _bars(n: int = 48) -> ImageDataset:
    """Bars in ten positions, labelled 0-9, named "mnist" so the bundled classifier reads the samples."""
    rng = np.random.default_rng(0)
    images = np.zeros((n, 1, 28, 28), np.uint8)
    labels = np.arange(n) % 10
    for i in range(n):
        c = 2 + 2 * labels[i] + rng.integers(0, 2)
        images[i, 0, 3:25, c:c + 3] = 255
    return ImageDataset(images, labels, [str(k) for k in range(10)], name="mnist")


@pytest.fixture
def duel(qtbot):
    from latentlab.core import zoo
    from latentlab.ui.training.duel import DuelPanel

    if zoo.feature_network("mnist") is None:
        pytest.skip("no bundled MNIST classifier")
    panel = DuelPanel()
    qtbot.addWidget(panel)
    panel.dataset_override = _bars()
    panel.config_overrides = {"latent_dim": 4, "device": "cpu"}
    panel.width_box.setValue(4)
    panel.batch.setValue(8)
    panel.steps.setValue(12)
    panel.every.setValue(4)
    yield panel
    panel.shutdown(timeout=30)
    assert not panel.worker.running
    assert not [t.name for t in threading.enumerate() if t.name == "latentlab-duel"]


def test_both_panes_train_and_their_coverage_grows_with_the_steps(duel, qtbot):
    with qtbot.waitSignal(duel.runFinished, timeout=60000) as finished:
        assert duel.start()
        assert duel.running and not duel.start_button.isEnabled() and duel.stop_button.isEnabled()
    assert finished.args == ["done"]
    plain, wgan = duel.panes
    # the plain GAN's discriminator, the WGAN-GP's critic and its Wasserstein estimate
    assert {"g_loss", "d_loss"} <= set(plain.curves) and "w_distance" not in plain.curves
    assert {"d_loss", "w_distance"} <= set(wgan.curves)
    assert "critic" in wgan.loss_legend.text() and "discriminator" in plain.loss_legend.text()
    for pane in duel.panes:
        assert pane.frames.shape == (64, 28, 28, 1) and pane.grid_item.image is not None
        assert pane.last_progress.step == 12
        series = pane.coverage
        assert series.steps == [4, 8, 12]  # one reading per grid, growing with the steps
        assert all(0.0 <= v <= 1.0 for v in series.entropy + series.min_fraction)
        assert all(sum(row) == pytest.approx(1.0) for row in series.shares)
        # drawn: ten class bands and the entropy line over them
        assert len(pane.fills) == 10 and len(pane.bands) == 11
        x, y = pane.entropy_curve.getData()
        assert list(x) == [4, 8, 12] and list(y) == pytest.approx(series.entropy)
        assert "class entropy" in pane.entropy_label.text() and "step 12" in pane.entropy_label.text()
    # the run's log on disk: both panes, their coverage and models
    folder = Path(duel.run_folder)
    log = json.loads((folder / "duel.json").read_text())
    assert [p["outcome"] for p in log["panes"]] == ["done", "done"]
    assert [p["coverage"]["steps"] for p in log["panes"]] == [[4, 8, 12], [4, 8, 12]]
    assert all(Path(f).is_file() for f in duel.model_files)
    assert duel.log_data["panes"][1]["coverage"]["entropy"] == pytest.approx(wgan.coverage.entropy, abs=1e-6)
    assert "12" in duel.status_label.text() and duel.export_button.isEnabled()


def test_export_writes_one_png_and_a_sidecar(duel, qtbot, tmp_path):
    from latentlab.core.files import file_sha256
    from latentlab.core.sidecar import read_sidecar
    from tests.sidecar_checks import assert_no_paths

    messages = []
    duel.message.connect(lambda level, text: messages.append(level))
    assert not duel.export_button.isEnabled()
    assert duel.export_figure(tmp_path / "early.png") is None and messages == ["warning"]
    with qtbot.waitSignal(duel.runFinished, timeout=60000):
        duel.start()
    out = duel.export_figure(tmp_path / "duel.png")
    assert out == tmp_path / "duel.png"
    with Image.open(out) as im:
        assert im.mode == "RGB" and im.size[0] == 1600
    side = read_sidecar(out)
    assert side["mode"] == "duel" and side["models"][0]["sha256"] == file_sha256(duel.model_files[0])
    assert [p["name"] for p in side["duel"]["panes"]] == ["Plain GAN", "WGAN-GP"]
    assert side["duel"]["panes"][0]["coverage"]["steps"] == [4, 8, 12]
    assert_no_paths(side, tmp_path)
    # a folder that is not there: one message naming the problem, nothing written
    assert duel.export_figure(tmp_path / "missing" / "duel.png") is None and messages[-1] == "error"
    assert "missing" in duel.note_label.text()


def test_stop_ends_both_runs_and_keeps_their_models(duel, qtbot):
    duel.steps.setValue(100_000)  # far more than the test waits for: it must be stopped
    duel.start()
    qtbot.waitUntil(lambda: all(p.coverage is not None and len(p.coverage) >= 1 for p in duel.panes), timeout=60000)
    with qtbot.waitSignal(duel.runFinished, timeout=60000) as finished:
        duel.stop()
    assert finished.args == ["stopped"]
    log = json.loads((Path(duel.run_folder) / "duel.json").read_text())
    assert [p["outcome"] for p in log["panes"]] == ["stopped", "stopped"]
    assert all(Path(f).is_file() for f in duel.model_files)
    assert duel.start_button.isEnabled() and not duel.stop_button.isEnabled()


def test_the_duel_is_an_action_by_id(window, qtbot):
    from latentlab.ui.training.duel_feature import ACTION_ID, PANEL_ID

    assert ACTION_ID == "training.duel" and window.action(ACTION_ID).data() == ACTION_ID
    assert window.action(ACTION_ID).isCheckable()
    assert window.panel(PANEL_ID, create=False) is None  # built on first use
    window.trigger(ACTION_ID)
    panel = window.panel(PANEL_ID)
    assert panel is not None and panel.isVisible() and window.action(ACTION_ID).isChecked()
    assert window.trigger("training.duel.show", on=False) is False and not panel.isVisible()
    # the panes are what presets.py's mode-collapse recipe and WGAN-GP make
    plain, wgan = (c.resolved() for c in panel.build_configs(Path("x")))
    assert plain.base_channels == wgan.base_channels and plain.seed == wgan.seed
    # the same number of generator steps: WGAN-GP's critic learns on critic_steps batches per step
    assert plain.max_steps == panel.steps.value() and wgan.max_steps == panel.steps.value() * wgan.critic_steps
    # the seed field is the runs' seed (the recipe's own seed does not override it)
    panel.seed.setValue(4)
    assert {c.seed for c in panel.build_configs(Path("x"))} == {4}


@pytest.mark.parametrize("route", ["action", "lesson"])
def test_the_duel_first_appears_as_a_tab_beside_the_samples(route, window, qtbot):
    from latentlab.ui.training.duel_feature import ACTION_ID, PANEL_ID

    grid = window.dock("explorer.grid")
    grid.show()
    if route == "action":
        window.trigger(ACTION_ID)
    else:  # a lesson step's panels list: the dock is built and shown, as the lesson player does
        window.panel(PANEL_ID, create=True)
        window.dock(PANEL_ID).show()
    dock = window.dock(PANEL_ID)
    qtbot.waitUntil(dock.isVisible)
    assert dock in window.tabifiedDockWidgets(grid)
    assert window.action(ACTION_ID).isChecked()
