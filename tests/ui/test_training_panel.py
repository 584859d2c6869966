"""Live training: a tiny run on synthetic data, driven through the panel the way a teacher would."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from latentlab.core.datasets import ImageDataset


def _synthetic(n: int = 64, name: str = "synthetic") -> ImageDataset:
    rng = np.random.default_rng(0)
    images = np.zeros((n, 1, 28, 28), np.uint8)
    labels = np.arange(n) % 2
    for i in range(n):  # bars: vertical for class 0, horizontal for class 1
        c = 8 + rng.integers(0, 12)
        if labels[i] == 0:
            images[i, 0, 4:24, c:c + 3] = 255
        else:
            images[i, 0, c:c + 3, 4:24] = 255
    return ImageDataset(images, labels, ["vertical", "horizontal"], name=name)


@pytest.fixture
def panel(qtbot):
    from latentlab.ui.training.panel import TrainingPanel

    p = TrainingPanel()
    qtbot.addWidget(p)
    p.dataset_override = _synthetic()
    p.config_overrides = {"base_channels": 4, "latent_dim": 4, "batch_size": 8, "device": "cpu"}
    yield p
    p.shutdown(timeout=30)
    assert not p.worker.running


def _live_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("latentlab-train")]


def test_run_emits_progress_pauses_resumes_and_stops(panel, qtbot, home):
    panel.set_preset("stable")
    panel.epochs.setValue(1000)  # far more than the test waits for: it must be stopped
    panel.every.setValue(5)
    assert panel.start()
    assert panel.running and not panel.start_button.isEnabled()
    qtbot.waitUntil(lambda: len(panel.curve_steps) >= 2, timeout=30000)
    # GAN curves: generator and discriminator, with data that grows
    assert {"g_loss", "d_loss"} <= set(panel.curve_data)
    assert set(panel.curves) == {"g_loss", "d_loss"}
    assert len(panel.curves["g_loss"].getData()[0]) == len(panel.curve_data["g_loss"])
    # the legend is a line above the plot, not a box over the curves
    assert panel.loss_plot.getPlotItem().legend is None
    assert "generator" in panel.loss_legend.text() and "discriminator" in panel.loss_legend.text()
    qtbot.waitUntil(lambda: panel.sample_frames is not None, timeout=30000)
    assert panel.sample_frames.shape == (64, 28, 28, 1)
    assert panel.grid_item.image is not None
    assert "steps/s" in panel.status_label.text()

    with qtbot.waitSignal(panel.worker.halted, timeout=30000):  # the step under way finishes, then it waits
        panel.pause()
        assert panel.worker.paused and panel.pause_button.text() == "Resume"
    at = len(panel.curve_steps)
    qtbot.wait(0)  # deliver anything still queued
    assert panel.worker.holding, "the run is not waiting between two steps"
    assert len(panel.curve_steps) == at, "training went on while paused"
    assert panel.status_label.text().startswith("Paused")

    panel.resume()
    assert not panel.worker.paused and panel.pause_button.text() == "Pause"
    qtbot.waitUntil(lambda: len(panel.curve_steps) > at, timeout=30000)

    assert panel.stop(wait=True, timeout=30)
    assert not panel.running
    qtbot.waitUntil(lambda: panel.outcome == "stopped", timeout=10000)
    assert panel.result_path and panel.start_button.isEnabled() and panel.save_button.isEnabled()
    assert not _live_threads()

    # the stopped run is a usable model: save it to My models and it loads
    saved = panel.save_to_models("tiny live gan")
    from latentlab.core.checkpoint import load_model
    from latentlab.core.paths import user_models_dir

    assert saved == user_models_dir() / "tiny-live-gan.safetensors" and saved.is_file()
    assert load_model(saved).latent_dim == 4
    assert panel.save_to_models("tiny live gan") is None  # never overwrites
    opened = []
    panel.openRequested.connect(opened.append)
    panel.open_in_explorer()
    assert opened == [str(saved)]


def test_vae_run_to_the_end_draws_reconstruction_and_kl(panel, qtbot):
    panel.set_preset("vae")
    assert panel.kind.currentData() == "vae"
    panel.config_overrides["max_steps"] = 12
    panel.every.setValue(6)
    finished = []
    panel.runFinished.connect(finished.append)
    panel.start()
    qtbot.waitUntil(lambda: finished == ["done"], timeout=30000)
    assert {"recon", "kl"} <= set(panel.curves)
    assert "g_loss" not in panel.curves
    assert panel.curve_steps[-1] == 10  # points are means over 5 steps
    assert panel.sample_frames is not None
    assert panel.progress.value() == 12
    assert "No class coverage" in panel.note_label.text()  # synthetic data has no classifier


def test_mode_collapse_preset_sets_the_collapse_recipe(panel):
    from latentlab.train.presets import PRESETS

    panel.set_preset("mode-collapse")
    cfg = panel.build_config()
    for key, value in PRESETS["mode-collapse"].items():
        if key not in panel.config_overrides and key != "base_channels":  # the panel sets the width
            assert getattr(cfg, key) == value, key
    assert cfg.sample_every == panel.every.value() and not cfg.write_files
    panel.set_preset("stable")
    assert panel.build_config().spectral_norm is True
    panel.lr.setValue(0.001)  # editing a field makes it custom
    assert panel.preset.currentData() is None


def test_mode_collapse_preset_is_the_measured_recipe(panel):
    """What the panel trains for "mode-collapse" is the recipe whose figures latentlab/train/presets.py
    records (a 2-number latent, BCE, no spectral norm, lr 2e-3, β1 0.5, one G step, seed 1, at the
    panel's width and batch): change one and those figures must be measured again."""
    from latentlab.train.presets import PRESETS
    from latentlab.ui.training.panel import DEFAULTS

    panel.config_overrides = {}
    panel.set_preset("mode-collapse")
    assert panel.latent.value() == PRESETS["mode-collapse"]["latent_dim"]  # the box takes it unclamped
    cfg = panel.build_config()
    measured = {"kind": "gan", "latent_dim": 2, "gan_loss": "bce", "spectral_norm": False, "lr": 2e-3,
                "gan_betas": (0.5, 0.999), "g_steps": 1, "seed": 1, "minibatch_std": False,
                "base_channels": DEFAULTS["base_channels"], "batch_size": DEFAULTS["batch_size"]}
    assert {k: getattr(cfg, k) for k in measured} == measured


def test_coverage_chart_with_the_bundled_classifier(panel, qtbot):
    from latentlab.core import zoo

    if zoo.feature_network("mnist") is None:
        pytest.skip("no bundled MNIST classifier")
    panel.dataset_override = _synthetic(name="mnist")
    panel.dataset_override.class_names = [str(i) for i in range(10)]
    panel.config_overrides["max_steps"] = 4
    panel.every.setValue(4)
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome == "done", timeout=30000)
    cov = panel.coverage
    assert cov is not None and len(cov["histogram"]) == 10
    assert sum(cov["histogram"]) == pytest.approx(1.0)
    assert "class entropy" in panel.entropy_label.text()


def test_missing_dataset_falls_back_to_the_bundled_sample(panel, qtbot, monkeypatch, tmp_path):
    from latentlab.core.datasets import idx, sample_path

    monkeypatch.setenv("LATENTLAB_DATA", str(tmp_path / "nothing"))
    monkeypatch.setattr(idx, "DEBIAN_DATASETS", str(tmp_path / "nothing"))
    if not sample_path("mnist").is_file():
        pytest.skip("no bundled sample")
    panel.dataset_override = None
    panel.use_sample.setChecked(True)
    panel.config_overrides.update(max_steps=2)
    panel.every.setValue(1000)
    notes = []
    panel.message.connect(lambda level, text: notes.append(text))
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == "done", notes
    assert any("bundled 2,000-image sample" in n for n in notes)

    panel.use_sample.setChecked(False)
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome == "failed", timeout=60000)
    assert any("Looked in" in n for n in notes)


def test_restart_drops_the_replaced_runs_last_updates(panel, qtbot):
    panel.epochs.setValue(1000)
    panel.start()
    qtbot.waitUntil(lambda: len(panel.curve_steps) >= 3, timeout=30000)
    assert panel.stop(wait=True, timeout=30)  # its last updates are still queued, undelivered
    panel.start()
    qtbot.waitUntil(lambda: len(panel.curve_steps) >= 2, timeout=30000)
    assert panel.curve_steps[0] == 5 and panel.curve_steps == sorted(panel.curve_steps)
    assert panel.outcome == "" and panel.running  # the replaced run's "stopped" never arrived


@pytest.mark.parametrize("size", [(1000, 560), (760, 520)])
def test_class_histogram_is_wide_enough_to_read(panel, qtbot, size):
    from PySide6.QtWidgets import QApplication

    from latentlab.ui.training.panel import COVERAGE_MIN_WIDTH

    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    assert panel.coverage_box.width() >= COVERAGE_MIN_WIDTH
    # the caption's longest line fits on one line (no word-per-line column), the title is not clipped
    panel._on_samples(100, np.zeros((64, 28, 28, 1), np.uint8), {
        "histogram": [0.5, 0.5] + [0.0] * 8, "entropy": 0.3, "class_names": [str(i) for i in range(10)]})
    lines = panel.entropy_label.text().split("\n")
    assert len(lines) == 2 and lines[1] == "8 classes never drawn"
    assert all(panel.entropy_label.fontMetrics().horizontalAdvance(t) <= panel.entropy_label.width() for t in lines)
    title = panel.coverage_plot.getPlotItem().titleLabel
    assert title.item.boundingRect().width() <= panel.coverage_plot.width()
