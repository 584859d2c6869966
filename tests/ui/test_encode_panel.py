"""Encoding (VAE) and inverting (GAN) real images in the app; bad input never loses anything."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import expected_frame, open_model


def encode_and_wait(window, fn, *args):
    tools = window.feature("latent").tools
    assert fn(*args)
    assert tools.encode_job.wait(60)
    QApplication.processEvents()
    return tools.last_encoding


def digit(path, mode="L", size=(28, 28)):
    """A bright stroke on black in the given Pillow mode and size."""
    arr = np.zeros((size[1], size[0]), np.uint8)
    arr[size[1] // 4: 3 * size[1] // 4, size[0] // 2 - max(1, size[0] // 10): size[0] // 2 + max(1, size[0] // 10)] = 255
    img = Image.fromarray(arr, "L")
    if mode == "RGBA":
        img = img.convert("RGBA")
        a = np.array(img)
        a[..., 3] = np.where(arr > 0, 255, 0)  # transparent background
        img = Image.fromarray(a, "RGBA")
    elif mode == "I;16":
        img = Image.fromarray(arr.astype(np.uint16) * 257).convert("I;16")
    elif mode != "L":
        img = img.convert(mode)
    img.save(path)
    return path


# --- VAEs ----------------------------------------------------------------------------------------

def test_vae_encodes_an_image_sliders_show_mean_and_sigma_bands(window, models, tmp_path):
    open_model(window, models["vae"])
    panel = window.feature("latent").tools.panel("encode")
    src = digit(tmp_path / "one.png")
    r = encode_and_wait(window, panel.encode_file, src)
    assert r.method == "encode" and r.source == "one.png" and not r.cancelled
    # the same numbers as the core's encode_image on the converted image
    from latentlab.core.checkpoint import load_model
    from latentlab.core.datasets import load_image
    from latentlab.core.invert import encode_image

    target = load_image(src, (1, 28, 28))
    ref = encode_image(load_model(models["vae"], "cpu"), torch.from_numpy(np.array(target)).float() / 255)
    np.testing.assert_allclose(r.z, ref.z.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(r.sigma, ref.sigma.numpy(), rtol=1e-5, atol=1e-6)
    assert r.error == pytest.approx(ref.error, rel=1e-4)
    np.testing.assert_array_equal(r.target, target[0])
    # the point became the mean: sliders and image follow
    np.testing.assert_array_equal(window.state.z, r.z)
    assert window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], r.z))
    np.testing.assert_array_equal(r.recon, expected_frame(models["vae"], r.z))
    # ±σ bands on the raw-axes sliders
    mean, sigma = window.state.bands
    np.testing.assert_array_equal(mean, r.z)
    slider = window.sliders.slider(2)
    assert slider.band == pytest.approx((r.z[2] - r.sigma[2], r.z[2] + r.sigma[2]))
    assert "± σ" in slider.toolTip()
    # ... and in the panel: original | redrawing, error, mean ± σ per dimension
    assert panel.original.pixmap().width() == panel.recon.pixmap().width() == 96
    assert "MSE" in panel.error_label.text() and f"{r.error:.4f}" in panel.error_label.text()
    assert panel.sigma_plot.isVisible()
    # other bases have no bands; back to raw axes, they return
    window.state.request_basis("attribute")
    assert window.controller.wait_idle()
    assert window.sliders.slider(0).band is None
    window.state.request_basis("raw")
    assert window.sliders.slider(2).band is not None
    # another model: no bands
    open_model(window, models["gan"])
    assert window.state.bands is None


def test_pick_an_image_from_the_dataset_sample(window, models):
    open_model(window, models["vae"])
    from latentlab.core.datasets import load_sample

    ds = load_sample("mnist")
    r = encode_and_wait(window, window.feature("latent").tools.panel("encode").encode_sample, 1234)
    label = int(ds.labels[1234])
    assert r.source == f"mnist test image #1234 ({ds.class_names[label]})"
    np.testing.assert_array_equal(r.target, ds.images[1234, 0])


def test_conditional_vae_uses_the_true_class_of_a_sample_image(window, models):
    open_model(window, models["cvae"])
    panel = window.feature("latent").tools.panel("encode")
    assert panel.class_combo.isVisibleTo(panel) and panel.class_combo.count() == 10
    from latentlab.core.datasets import load_sample

    r = encode_and_wait(window, panel.encode_sample, 450)
    assert r.label == int(load_sample("mnist").labels[450])
    assert window.state.label == r.label


@pytest.mark.parametrize("mode,size", [("RGBA", (28, 28)), ("I;16", (28, 28)), ("P", (28, 28)),
                                       ("RGB", (100, 37)), ("L", (7, 300)), ("1", (64, 64))])
def test_odd_image_modes_and_sizes_are_converted(window, models, tmp_path, mode, size):
    open_model(window, models["vae"])
    ext = "png"
    src = digit(tmp_path / f"odd.{ext}", mode, size)
    r = encode_and_wait(window, window.feature("latent").tools.panel("encode").encode_file, src)
    assert r is not None and r.target.shape == (28, 28) and r.target.dtype == np.uint8
    assert window.messages.last.level == "info", window.messages.last.text
    assert r.target.max() > 200 and r.target[0, 0] == 0  # bright stroke, black (not white) background


def test_jpeg_and_colour_model(window, models, tmp_path):
    open_model(window, models["colour"])  # a GAN with 3×32×32 images
    tools = window.feature("latent").tools
    tools.invert_steps = 5
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (50, 70, 3), dtype=np.uint8)).save(tmp_path / "c.jpg")
    r = encode_and_wait(window, window.feature("latent").tools.panel("encode").encode_file, tmp_path / "c.jpg")
    assert r.method == "invert" and r.target.shape == (32, 32, 3) and r.recon.shape == (32, 32, 3)


@pytest.mark.parametrize("what", ["text", "truncated", "folder", "missing", "empty bytes"])
def test_bad_drops_say_why_and_lose_nothing(window, models, tmp_path, what):
    open_model(window, models["vae"])
    panel, tools = window.feature("latent").tools.panel("encode"), window.feature("latent").tools
    good = encode_and_wait(window, panel.encode_file, digit(tmp_path / "good.png"))
    window.state.randomize(4)
    z = window.state.z.copy()
    if what == "text":
        bad = tmp_path / "notes.png"
        bad.write_text("this is not an image")
    elif what == "truncated":
        bad = tmp_path / "cut.png"
        data = (tmp_path / "good.png").read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif what == "folder":
        bad = tmp_path / "a-folder"
        bad.mkdir()
    elif what == "missing":
        bad = tmp_path / "gone.png"
    if what == "empty bytes":
        assert tools.encode(b"")
    else:
        assert tools.encode(str(bad))
    assert tools.encode_job.wait(30)
    QApplication.processEvents()
    msg = window.messages.last
    assert msg.level == "error" and "Nothing was changed" in msg.text
    if what != "empty bytes":
        assert bad.name in msg.text
    assert "Could not use it" in panel.error_label.text()
    np.testing.assert_array_equal(window.state.z, z)  # the point stayed
    assert tools.last_encoding is good and panel.result is good  # the last result stayed


def test_dropping_files_and_image_data_on_the_panel(window, models, tmp_path):
    open_model(window, models["vae"])
    panel, tools = window.feature("latent").tools.panel("encode"), window.feature("latent").tools
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(digit(tmp_path / "drop.png")))])
    ev = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(ev)
    assert tools.encode_job.wait(30)
    QApplication.processEvents()
    assert tools.last_encoding.source == "drop.png"
    md2 = QMimeData()
    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(Qt.GlobalColor.black)
    md2.setImageData(img)
    panel.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, md2, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier))
    assert tools.encode_job.wait(30)
    QApplication.processEvents()
    assert tools.last_encoding.source == "dropped image" and tools.last_encoding.target.shape == (28, 28)


def test_bookmark_and_keyframe_from_an_encoded_image(window, models, tmp_path):
    open_model(window, models["vae"])
    panel = window.feature("latent").tools.panel("encode")
    r = encode_and_wait(window, panel.encode_file, digit(tmp_path / "seven.png"))
    panel.bookmark_button.click()
    b = window.state.bookmarks[-1]
    assert b.name == "seven" and b.z == pytest.approx(list(r.z))
    panel.keyframe_button.click()
    kf = window.feature("latent").tools.path.keyframes[-1]
    np.testing.assert_array_equal(kf.z, r.z)
    assert kf.source == "encoded seven.png"
    window.state.reset()
    panel.go_button.click()
    np.testing.assert_array_equal(window.state.z, r.z)


# --- GANs ----------------------------------------------------------------------------------------

def test_gan_inversion_reduces_the_error_in_the_background(window, models, tmp_path):
    open_model(window, models["gan"])
    tools, panel = window.feature("latent").tools, window.feature("latent").tools.panel("encode")
    # a target the model can draw exactly: the decode of a known latent
    z_true = window.state.seed_to_latent(77, 8, 1.0)
    Image.fromarray(expected_frame(models["gan"], z_true)).save(tmp_path / "target.png")
    window.state.randomize(3)
    progress = []
    tools.encodeProgress.connect(lambda s, n, e: progress.append((s, n, e)))
    assert panel.steps_spin.isVisibleTo(panel)
    panel.steps_spin.setValue(80)
    assert panel.encode_file(tmp_path / "target.png")
    assert panel.progress.isVisibleTo(panel) and panel.cancel_button.isEnabled()
    assert not panel.open_button.isEnabled()  # one at a time
    assert [t.name for t in threading.enumerate() if t.name == "latentlab-encode"]
    assert tools.encode_job.wait(120)
    QApplication.processEvents()
    r = tools.last_encoding
    assert r.method == "invert" and not r.cancelled and len(r.history) == 80
    assert r.history[-1] < 0.5 * r.history[0]  # the search reduced the error
    assert r.error <= r.history[0]
    assert progress and progress[-1][:2] == (80, 80)
    assert panel.progress.value() == 80 or not panel.progress.isVisibleTo(panel)
    np.testing.assert_array_equal(window.state.z, r.z)  # the found latent is the point now
    assert window.state.bands is None  # GANs have no posterior
    assert not panel.cancel_button.isVisibleTo(panel)
    assert "brought the error from" in panel.info.text()


def test_gan_inversion_can_be_cancelled_midway(window, models, tmp_path, qtbot):
    open_model(window, models["gan"])
    tools, panel = window.feature("latent").tools, window.feature("latent").tools.panel("encode")
    digit(tmp_path / "t.png")
    window.state.randomize(5)
    z = window.state.z.copy()
    tools.invert_steps = 100000
    with qtbot.waitSignal(tools.encodeProgress, timeout=30000):
        assert panel.encode_file(tmp_path / "t.png")
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert tools.encode_job.wait(30)
    QApplication.processEvents()
    r = tools.last_encoding
    assert r.cancelled and 0 < len(r.history) < 100000
    assert "cancelled" in window.messages.last.text and window.messages.last.level == "warning"
    np.testing.assert_array_equal(window.state.z, z)  # the point was not changed
    assert "cancelled" in panel.error_label.text()
    assert panel.open_button.isEnabled() and panel.go_button.isEnabled()
    assert not [t for t in threading.enumerate() if t.name == "latentlab-encode" and t.is_alive()]
    panel.go_button.click()  # the best match so far can still be taken
    np.testing.assert_array_equal(window.state.z, r.z)


def test_closing_the_window_during_an_inversion_stops_it(make_window, models, tmp_path):
    w = make_window()
    open_model(w, models["gan"])
    w.feature("latent").tools.invert_steps = 100000
    assert w.feature("latent").tools.encode(str(digit(tmp_path / "t.png")))
    w.close()  # the fixture checks that no latentlab thread is left
    assert not w.feature("latent").tools.encode_job.running


def test_pictures_dropped_on_the_window_are_encoded(window, models, tmp_path):
    open_model(window, models["vae"])
    src = tmp_path / "photo.jpg"
    Image.fromarray(np.full((40, 30, 3), 200, np.uint8)).save(src)
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(src))])
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window alone would refuse a JPG
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, md, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    tools = window.feature("latent").tools
    assert tools.encode_job.wait(30)
    QApplication.processEvents()
    assert tools.last_encoding.source == "photo.jpg"
    assert window.panel("latent.encode").result is tools.last_encoding  # the panel was opened and shows it
    # an exported PNG with its sidecar still goes to the window (its point is loaded)
    out = window.controller.export_image(tmp_path / "exp.png", scale=1)
    window.state.randomize(3)
    md2 = QMimeData()
    md2.setUrls([QUrl.fromLocalFile(str(out))])
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, md2,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, md2,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    window.controller.wait_idle()
    assert "Loaded the point from exp.png" in window.messages.last.text


def test_open_image_is_enabled_from_the_start(window, models):
    """The panel built before any model is open: "Open image…" works as soon as one is."""
    panel = window.feature("latent").tools.panel("encode")
    if window.state.model is not None:  # the window may open a first model itself
        open_model(window, models["gan-own-data"])
    open_model(window, models["vae"])
    assert panel.open_button.isEnabled()
    open_model(window, models["gan-own-data"])  # no dataset sample: test images off, files still on
    assert panel.open_button.isEnabled() and not panel.sample_button.isEnabled()
