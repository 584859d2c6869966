"""The anomaly panel: scores two sets with the open model, shows histograms, ROC and examples."""

from __future__ import annotations

import numpy as np
from PIL import Image

from tests.ui.helpers import open_model


def _panel(window):
    window.trigger("anomaly.show", on=True)
    return window.panel("anomaly.panel")


def test_vae_scores_normal_images_against_noise_and_shows_every_part(window, models, qtbot):
    open_model(window, models["vae"])
    panel = _panel(window)
    assert window.dock("anomaly.panel").isVisible() and window.action("anomaly.open").isChecked()
    scores = [panel.score_box.itemData(i) for i in range(panel.score_box.count())]
    assert scores == ["recon", "elbo", "inversion"]
    outliers = [panel.outlier_box.itemData(i) for i in range(panel.outlier_box.count())]
    assert "fashion-mnist" in outliers and "mnist" not in outliers and "noise" in outliers
    with qtbot.waitSignal(panel.resultReady, timeout=180000) as got:
        assert panel.run(outliers="noise", score="recon", n=24, steps=5)
    result = got.args[0]
    assert len(result.inlier_scores) == len(result.outlier_scores) == 24
    assert 0.0 <= result.auc <= 1.0
    assert f"{result.auc:.3f}" in panel.roc.getPlotItem().titleLabel.text
    assert panel.roc.getViewBox().viewRange()[1][1] < 1.1  # the ROC square stays 0…1
    assert len(panel.histogram.getPlotItem().listDataItems()) == 2
    # examples: images above their reconstructions, eight of each
    assert result.unusual.shape[1] == 8 * 29 and result.unusual.shape[0] == 2 * 28 + 1
    assert not panel.unusual_view.pixmap().isNull() and not panel.typical_view.pixmap().isNull()
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_a_gan_offers_only_inversion_and_says_why(window, models, qtbot):
    open_model(window, models["gan"])
    panel = _panel(window)
    assert [panel.score_box.itemData(i) for i in range(panel.score_box.count())] == ["inversion"]
    assert "no encoder" in panel.explain.text()
    with qtbot.waitSignal(panel.resultReady, timeout=180000):
        assert panel.run(outliers="inverted", n=6, steps=3)
    assert panel.result.score == "inversion"


def test_a_folder_of_the_users_images_is_an_outlier_set_and_a_bad_one_is_reported(window, models, qtbot, tmp_path):
    open_model(window, models["vae"])
    panel = _panel(window)
    folder = tmp_path / "mine"
    (folder / "stars").mkdir(parents=True)
    rng = np.random.default_rng(0)
    for i in range(12):
        Image.fromarray(rng.integers(0, 256, (28, 28), dtype=np.uint8)).save(folder / "stars" / f"{i}.png")
    panel.use_folder(folder)
    with qtbot.waitSignal(panel.resultReady, timeout=180000) as got:
        assert panel.run(n=12)
    assert len(got.args[0].outlier_scores) == 12
    empty = tmp_path / "empty"
    empty.mkdir()
    panel.use_folder(empty)
    assert not panel.run(n=12)
    assert "Cannot read the images" in panel.status.text() and "empty" in panel.status.text()


def test_cancel_stops_a_run_and_the_panel_can_run_again(window, models, qtbot):
    open_model(window, models["gan"])
    panel = _panel(window)
    with qtbot.waitSignal(panel.job.ended, timeout=180000):
        assert panel.run(outliers="noise", n=200)
        panel.cancel_button.click()
    assert panel.run_button.isEnabled()
