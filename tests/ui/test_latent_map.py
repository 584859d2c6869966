"""The latent map: what a user sees and what a click, a drag or hovering does."""

from __future__ import annotations


import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import expected_frame, open_model


@pytest.fixture(scope="module")
def vae2d(tmp_path_factory):
    """A tiny 2-D VAE (the manifold view's model)."""
    import torch

    from latentlab.core.checkpoint import save_model
    from latentlab.core.families.vae import VAE, VAEConfig

    torch.manual_seed(3)
    return save_model(VAE(VAEConfig(latent_dim=2, base_channels=4)).eval(),
                      tmp_path_factory.mktemp("vae2d") / "tiny-vae-2d.safetensors", dataset="mnist")


def open_with_map(window, path, points=400):
    window.feature("latent").tools.map_points = points
    model = open_model(window, path)
    assert window.feature("latent").tools.wait_map(60), window.panel("latent.map").status.text()
    for _ in range(5):  # let the layout settle (the map's dock is resized for the model)
        QApplication.processEvents()
    assert window.panel("latent.map").data is not None
    return model


def viewport_point(m, x, y) -> QPoint:
    return m.view_to_widget(x, y)


def view_coords(m, pt: QPoint) -> tuple[float, float]:
    p = m.vb.mapSceneToView(m.plot.mapToScene(pt))
    return p.x(), p.y()


def send_drag(widget, points):
    """Press, move through ``points`` and release with the left button (real mouse events)."""
    def send(kind, p, button, buttons):
        ev = QMouseEvent(kind, QPointF(p), QPointF(widget.mapToGlobal(p)), button, buttons,
                         Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, ev)

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, points[0], left, left)
    for p in points[1:]:
        send(QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
        QApplication.processEvents()
    send(QEvent.Type.MouseButtonRelease, points[-1], left, Qt.MouseButton.NoButton)


# --- the points ------------------------------------------------------------------------------------

def test_vae_map_shows_encoded_test_images_coloured_by_class(window, models):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    data = m.data
    assert data.kind == "encoded" and data.latents.shape == (400, 4)
    assert set(np.unique(data.labels)) <= set(range(10)) and len(np.unique(data.labels)) == 10
    assert data.images.shape == (400, 28, 28) and data.images.dtype == np.uint8
    # one scatter item holding every point, projected on the first two principal components
    assert len(m.scatter.data) == 400
    assert m.x_combo.currentText().startswith("PC1") and m.y_combo.currentText().startswith("PC2")
    np.testing.assert_allclose(m._xy, data.latents @ data.components[:2].T, rtol=1e-5, atol=1e-5)
    # a legend with every class name, colour-blind-safe colours (Tol muted + black), one shape each
    legend = m.legend.text()
    assert all(f"&nbsp;{c}" in legend for c in data.class_names)
    assert "#CC6677" in legend and "#000000" in legend and "★" in legend
    assert "encoded" in m.status.text()


def test_hovering_a_point_shows_its_image(window, models):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    i = 17
    x, y = m._xy[i]
    m.vb.setRange(xRange=(x - 0.05, x + 0.05), yRange=(y - 0.05, y + 0.05), padding=0)  # i alone under the mouse
    QApplication.processEvents()
    assert m.nearest(x, y) == i
    m._on_hover((m.vb.mapViewToScene(QPointF(x, y)),))
    assert m.inset.isVisible() and m.hovered == i
    pix = m.inset.image.pixmap()
    assert pix.width() == 28 * 3
    img = pix.toImage().convertToFormat(pix.toImage().Format.Format_Grayscale8)
    shown = np.array([[img.pixelColor(3 * c + 1, 3 * r + 1).red() for c in range(28)] for r in range(28)])
    np.testing.assert_array_equal(shown, m.data.images[i])
    name = m.data.class_names[m.data.labels[i]]
    assert m.inset.caption.text().endswith(f"class {name}")
    far = m.vb.mapViewToScene(QPointF(x + 0.045, y + 0.045))
    m._on_hover((far,))
    assert not m.inset.isVisible()


def test_gan_map_samples_coloured_by_the_classifier(window, models):
    open_with_map(window, models["gan"], points=200)
    data = window.panel("latent.map").data
    assert data.kind == "sampled" and data.latents.shape == (200, 8)
    assert data.class_names == [str(i) for i in range(10)]  # the bundled mnist classifier's classes
    assert (data.labels >= 0).all() and (data.labels < 10).all()
    # the classifier saw the decoded samples: its answer for sample 0 is the label
    from latentlab.core.checkpoint import load_model
    from latentlab.core.metrics import FeatureNet
    from latentlab.core.zoo import feature_network
    import torch

    gan = load_model(models["gan"], "cpu")
    with torch.inference_mode():
        probs = FeatureNet(load_model(feature_network("mnist"), "cpu")).probs(gan.decode(torch.from_numpy(
            data.latents[:5])))
    np.testing.assert_array_equal(probs.argmax(1), data.labels[:5])


@pytest.mark.parametrize("name", ["gan-own-data", "colour"])
def test_gan_without_classifier_is_unlabelled_and_says_why(window, models, name):
    m = window.panel("latent.map")
    open_model(window, models[name])
    if name == "gan-own-data":  # while the samples are drawn, it already says they will not be coloured
        assert "classifying" not in m.status.text() and "not be coloured by class" in m.status.text()
    open_with_map(window, models[name], points=100)
    data = m.data
    assert (data.labels == -1).all() and data.class_names == []
    assert "not coloured by class" in m.status.text()
    assert m.legend.text() == "" and len(m.scatter.data) == 100  # drawn, in the unlabelled grey


def test_thousands_of_points_in_one_item(window, models):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    from latentlab.ui.latent.jobs import MapData

    n = 20000
    rng = np.random.default_rng(0)
    big = MapData(window.state.model.path, rng.standard_normal((n, 4)).astype(np.float32),
                  rng.integers(0, 10, n), [str(i) for i in range(10)], np.zeros((n, 28, 28), np.uint8),
                  np.eye(4, dtype=np.float32), np.ones(4), "synthetic", "encoded")
    m.set_data(big)
    m.plot.grab()  # paints (how long it takes is `latentlab bench`'s map_points)
    assert len(m.scatter.data) == n
    assert len([i for i in m.vb.addedItems if type(i).__name__ == "ScatterPlotItem"]) <= 3  # points, keys, ring
    # hovering finds the point under the pointer among all of them
    x, y = (float(v) for v in m._xy[12345])
    assert m.nearest(x, y) in np.flatnonzero((m._xy[:, 0] == x) & (m._xy[:, 1] == y))


# --- clicking and dragging -----------------------------------------------------------------------

def test_clicking_the_map_sets_the_point_whose_decode_is_shown(window, models, qtbot):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    window.state.randomize(5)
    window.controller.wait_idle()
    before = window.state.z.copy()
    (x0, x1), (y0, y1) = m.vb.viewRange()
    pt = viewport_point(m, x0 + 0.3 * (x1 - x0), y0 + 0.7 * (y1 - y0))
    want = view_coords(m, pt)
    qtbot.mouseClick(m.plot.viewport(), Qt.MouseButton.LeftButton, pos=pt)
    z = window.state.z
    a = m.axes
    np.testing.assert_allclose(a @ z, want, atol=1e-4)  # the clicked place, along the two axes
    # ... and nothing else moved: the change lies in the plane of the two axes
    change = z - before
    np.testing.assert_allclose(change - a.T @ (a @ change), 0, atol=1e-5)
    assert np.abs(change).max() > 1e-3
    np.testing.assert_allclose(m.point_xy(), want, atol=1e-4)  # the marker went there
    assert window.controller.wait_idle()
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], z))
    # the sliders follow (raw axes: they show z)
    assert window.sliders.slider(0).value() == int(round(float(z[0]) * 100))


def test_click_on_raw_axes_keeps_the_other_coordinates_exactly(window, models, qtbot):
    open_with_map(window, models["vae2"])  # 6-D
    m = window.panel("latent.map")
    m.set_axes(("z", 1), ("z", 4))
    assert m.x_combo.currentText() == "z1" and m.y_combo.currentText() == "z4"
    window.state.randomize(9)
    before = window.state.z.copy()
    (x0, x1), (y0, y1) = m.vb.viewRange()
    pt = viewport_point(m, x0 + 0.6 * (x1 - x0), y0 + 0.2 * (y1 - y0))
    want = view_coords(m, pt)
    qtbot.mouseClick(m.plot.viewport(), Qt.MouseButton.LeftButton, pos=pt)
    z = window.state.z
    np.testing.assert_allclose([z[1], z[4]], want, atol=1e-5)
    keep = [0, 2, 3, 5]
    np.testing.assert_array_equal(z[keep], before[keep])


def test_picking_the_same_axis_twice_swaps_instead(window, models):
    open_with_map(window, models["vae2"])
    m = window.panel("latent.map")
    m.set_axes(("z", 0), ("z", 2))
    m.y_combo.setCurrentIndex(m.y_combo.findData(("z", 0)))
    m.y_combo.activated.emit(m.y_combo.currentIndex())
    assert m._axis_keys[0] != m._axis_keys[1]


def test_dragging_the_marker_scrubs_the_point(window, models):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    window.state.reset()
    window.controller.wait_idle()
    worker = window.controller.worker
    first = worker.latest_id("view")
    m.fit()  # the data and the current point in view
    start = viewport_point(m, *m.point_xy())
    vp = m.plot.viewport().rect()
    end = QPoint(vp.center().x() + (60 if start.x() < vp.center().x() else -60),
                 vp.center().y() + (40 if start.y() < vp.center().y() else -40))
    path = [start + (end - start) * (k / 24) for k in range(25)]
    moves = []
    m.marker.sigPositionChanged.connect(lambda *_: moves.append(m.marker.moving))
    send_drag(m.plot.viewport(), path)
    assert len(moves) >= 3 and all(moves)  # pyqtgraph coalesces some moves; each one it delivers ...
    assert worker.latest_id("view") - first == len(moves)  # ... asks for a frame at once
    want = view_coords(m, path[-1])  # where the mouse let go (the target keeps its sub-pixel offset)
    px = max(m.vb.viewPixelSize())
    np.testing.assert_allclose(m.axes @ window.state.z, want, atol=1.5 * px)
    np.testing.assert_allclose(m.point_xy(), (m.marker.pos().x(), m.marker.pos().y()), atol=1e-5)
    assert window.controller.wait_idle()
    assert worker.shown_id("view") == worker.latest_id("view")
    np.testing.assert_array_equal(window.image_view.current_frame(), expected_frame(models["vae"], window.state.z))


def test_marker_follows_the_sliders(window, models, qtbot):
    open_with_map(window, models["vae"])
    m = window.panel("latent.map")
    window.sliders.slider(2).setValue(150)
    np.testing.assert_allclose(m.point_xy(), m.axes @ window.state.z, atol=1e-6)
    # While sliders move the marker repaints only when they pause (keeps the drag's frame rate).
    qtbot.waitUntil(lambda: (m.marker.pos().x(), m.marker.pos().y()) == pytest.approx(m.point_xy(), abs=1e-6),
                    timeout=2000)


# --- the decoded manifold ------------------------------------------------------------------------

def test_2d_vae_manifold_view_decodes_the_plane_and_clicks_set_the_point(window, vae2d, qtbot):
    open_with_map(window, vae2d)
    m = window.panel("latent.map")
    assert m.x_combo.currentText() == "z0" and m.y_combo.currentText() == "z1"  # raw axes for a 2-D latent
    m.vb.setRange(xRange=(-2, 2), yRange=(-2, 2), padding=0)
    m.set_decoded_view(True)
    QApplication.processEvents()
    m.request_mosaic()
    assert window.controller.wait_idle()
    QApplication.processEvents()
    assert m.mosaic.isVisible() and not m.scatter.isVisible()
    mosaic = m.mosaic.image
    n = 15
    assert mosaic.shape == (n * 28, n * 28)
    x0, y0, side = m._manifold_key[0]
    cell = side / n
    # tile (row r from the bottom, column c) is the decode of the cell's centre, drawn upright
    r, c = 3, 11
    z = np.array([x0 + (c + 0.5) * cell, y0 + (r + 0.5) * cell], np.float32)
    tile = mosaic[r * 28:(r + 1) * 28, c * 28:(c + 1) * 28][::-1]
    np.testing.assert_array_equal(tile, expected_frame(vae2d, z))
    rect = m.mosaic.mapRectToParent(m.mosaic.boundingRect())
    assert rect.left() == pytest.approx(x0) and rect.width() == pytest.approx(side)
    # click an image: that place becomes the point
    pt = viewport_point(m, float(z[0]), float(z[1]))
    qtbot.mouseClick(m.plot.viewport(), Qt.MouseButton.LeftButton, pos=pt)
    np.testing.assert_allclose(window.state.z, view_coords(m, pt), atol=1e-5)
    # zooming in draws the visible part again, in more detail
    m.vb.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)

    def redrawn() -> bool:  # the redraw follows the view once it stops changing
        assert window.controller.wait_idle()
        return not m._mosaic_timer.isActive() and window.controller.worker.is_idle()

    qtbot.waitUntil(redrawn, timeout=10000)
    (vx0, vx1), (vy0, vy1) = m.vb.viewRange()
    rect = m.mosaic.mapRectToParent(m.mosaic.boundingRect())
    assert rect.width() < 2.5  # was over 4: the same 15 × 15 images over a smaller area
    assert rect.left() <= vx0 + 1e-6 and rect.right() >= vx1 - 1e-6
    assert rect.top() <= vy0 + 1e-6 and rect.bottom() >= vy1 - 1e-6
    m.set_decoded_view(False)
    assert m.scatter.isVisible() and not m.mosaic.isVisible()


# --- the path on the map -------------------------------------------------------------------------

def test_path_is_drawn_with_a_ring_moving_along_it(window, models):
    open_with_map(window, models["vae"])
    tools, m = window.feature("latent").tools, window.panel("latent.map")
    tools.add_seed(1)
    tools.add_seed(2)
    assert tools.wait_path()
    xs, ys = m.path_curve.getData()
    assert len(xs) == tools.path.frame_count == 17
    np.testing.assert_allclose(np.stack([xs, ys], 1), tools.path.latents @ m.axes.T, atol=1e-5)
    assert len(m.path_keys.data) == 2
    tools.path.set_frame(8)
    (dot,) = m.path_dot.data
    assert (dot["x"], dot["y"]) == pytest.approx(tuple(tools.path.latents[8] @ m.axes.T), abs=1e-5)


def test_switching_models_resets_the_map(window, models):
    open_with_map(window, models["vae"])
    open_with_map(window, models["vae2"])
    m = window.panel("latent.map")
    assert m.data.latents.shape[1] == 6 and m.axes.shape == (2, 6)
    assert m.data.model_path == window.state.model.path


def test_switching_models_drops_the_old_models_map_work(window, models, monkeypatch):
    """A map job still waiting for a quiet moment when another model opens is dropped, not run:
    its points would be thrown away and the new model's map would wait behind it."""
    from latentlab.ui.latent import jobs as latent_jobs, tools as latent_tools

    finished, failures = [], []
    real_job = latent_jobs.map_points_job

    def recording_job(renderer, summary, *args, **kwargs):
        result = yield from real_job(renderer, summary, *args, **kwargs)
        finished.append(summary.path)
        return result

    monkeypatch.setattr(latent_jobs, "map_points_job", recording_job)
    monkeypatch.setattr(latent_tools, "MAP_QUIET_S", 1.0)  # A's job is still waiting when B opens
    tools = window.feature("latent").tools
    tools.mapFailed.connect(failures.append)
    tools.map_points = 200
    first = open_model(window, models["vae"])
    tools.request_map()
    second = open_model(window, models["vae2"])
    assert tools.wait_map(60)
    tools._background_worker().wait_idle(10)
    assert finished == [second.path] and first.path != second.path
    assert failures == [] and window.panel("latent.map").data.model_path == second.path
