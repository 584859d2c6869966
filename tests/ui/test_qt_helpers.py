"""Frame → QImage conversions: same pixels, in the format Qt draws scaled fast."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from latentlab.ui.common.qt_helpers import fast_to_scale, frame_to_qimage, shuts_down_once


def _rgb(image: QImage) -> np.ndarray:
    return np.array([[image.pixelColor(x, y).getRgb()[:3] for x in range(image.width())]
                     for y in range(image.height())], np.uint8)


@pytest.mark.parametrize("channels", [1, 3])
def test_fast_to_scale_keeps_the_pixels_in_rgb32(qapp, channels):
    frame = np.random.default_rng(0).integers(0, 256, (5, 7, channels), dtype=np.uint8)
    image = frame_to_qimage(frame)
    assert image.format() == (QImage.Format.Format_Grayscale8 if channels == 1 else QImage.Format.Format_RGB888)
    fast = fast_to_scale(image)
    assert fast.format() == QImage.Format.Format_RGB32
    expected = np.repeat(frame, 3, axis=2) if channels == 1 else frame
    np.testing.assert_array_equal(_rgb(fast), expected)
    del frame, image  # the converted image owns its pixels
    np.testing.assert_array_equal(_rgb(fast), expected)


def test_fast_to_scale_leaves_32_bit_images_alone(qapp):
    image = QImage(4, 3, QImage.Format.Format_ARGB32_Premultiplied)
    assert fast_to_scale(image) is image


def _paced_view(qtbot):
    import pyqtgraph as pg

    from latentlab.ui.common.qt_helpers import FrameItem, PaintPacer

    view = pg.GraphicsView()
    box = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False, defaultPadding=0)
    view.setCentralItem(box)
    item = FrameItem(axisOrder="row-major")
    box.addItem(item)
    pacer = PaintPacer(view)
    clock = [100.0]  # the pacer's idea of now: it moves only when a test moves it
    pacer.clock = lambda: clock[0]
    view.resize(200, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def show(value: int) -> None:
        item.setImage(np.full((8, 8), value, np.uint8), autoLevels=False)
        item.render()
        pacer.frame_set()

    show(0)
    box.autoRange(padding=0)
    qtbot.waitUntil(lambda: pacer.paints > 0)
    qtbot.waitUntil(lambda: view.viewport().updatesEnabled())
    return view, pacer, show, clock


def _centre_grey(view) -> int:
    image = view.viewport().grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).red()


def test_paint_pacer_paints_a_burst_of_frames_once_and_ends_on_the_newest(qtbot):
    view, pacer, show, _clock = _paced_view(qtbot)
    paints0, deferred0 = pacer.paints, pacer.deferred
    for value in range(10, 210, 10):  # 20 frames within half a refresh of the last paint
        show(value)
    assert pacer.deferred - deferred0 == 20 and not view.viewport().updatesEnabled()
    qtbot.waitUntil(lambda: view.viewport().updatesEnabled() and pacer.paints > paints0, timeout=1000)
    assert pacer.paints - paints0 == 1  # one paint for the whole burst
    assert _centre_grey(view) == 200  # the last frame is what ends up on screen


def test_paint_pacer_paints_a_lone_frame_at_once(qtbot):
    view, pacer, show, clock = _paced_view(qtbot)
    clock[0] += 1.0  # long after the last paint
    paints0, deferred = pacer.paints, pacer.deferred
    show(123)
    assert view.viewport().updatesEnabled()
    qtbot.waitUntil(lambda: pacer.paints > paints0, timeout=1000)
    assert pacer.deferred == deferred
    assert _centre_grey(view) == 123


def test_shuts_down_once_runs_the_shutdown_only_the_first_time():
    class Tool:
        def __init__(self) -> None:
            self._closed = False
            self.stops = 0

        @shuts_down_once
        def shutdown(self) -> None:
            """Stop the threads."""
            self.stops += 1

    tool = Tool()
    tool.shutdown()
    tool.shutdown()  # closeEvent after the owner's shutdown: nothing left to stop
    assert tool.stops == 1 and tool._closed
    assert Tool.shutdown.__doc__ == "Stop the threads."
