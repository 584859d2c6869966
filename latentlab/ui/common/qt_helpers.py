"""Small Qt pieces shared by the widgets: frames to QImages, paced painting of image views, actions with shortcuts,
shutting down once."""

from __future__ import annotations

import functools
import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence

# Qt's raster engine draws a *scaled* 32-bit image on a fast path, but converts a Grayscale8 or
# RGB888 one pixel by pixel at screen size on every paint: 1.24 vs 0.19 ms for a 28×28 frame
# shown ~700 px wide here, on the GUI thread. Converting the small source costs microseconds.
_SLOW_TO_SCALE = (QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB888)


def fast_to_scale(image: QImage) -> QImage:
    """``image`` in RGB32 when its format is slow to draw scaled (the same pixels; owns them)."""
    return image.convertToFormat(QImage.Format.Format_RGB32) if image.format() in _SLOW_TO_SCALE else image


class FrameItem(pg.ImageItem):
    """pyqtgraph's ImageItem with its QImage kept in a format Qt scales fast (see ``fast_to_scale``)."""

    def render(self) -> None:
        super().render()
        if self.qimage is not None:
            self.qimage = fast_to_scale(self.qimage)


class PaintPacer(QObject):
    """Lets a pyqtgraph view paint at most twice per screen refresh.

    A slider drag renders ~600 frames a second; painting each one cost the GUI thread ~0.3 ms
    (pyqtgraph's paint path is Python) and a screen shows at most its refresh rate of them. Call
    :meth:`frame_set` after putting a frame on the view's image item: the item has it at once
    (read-back, export and the bench see every frame), and when the last paint was less than half
    a refresh interval ago the view paints it when that interval is up. Half, not one: paints
    are not in step with the screen, and one per interval would now and then miss a refresh.
    """

    def __init__(self, view: pg.GraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self._last_paint = 0.0
        self.clock = time.perf_counter  # seconds; tests replace it to decide what "recently" means
        self.paints = 0  # times the viewport was painted (for tests and the bench)
        self.deferred = 0  # frames whose paint was put off
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._resume)
        view.viewport().installEventFilter(self)

    def interval_s(self) -> float:
        screen = self._view.screen()
        hz = screen.refreshRate() if screen is not None else 0.0
        hz = min(max(hz, 30.0), 360.0) if math.isfinite(hz) and hz > 0 else 60.0
        return 0.5 / hz

    def frame_set(self) -> None:
        if self._timer.isActive():
            self.deferred += 1  # the paint already scheduled will show this frame
            return
        wait = self._last_paint + self.interval_s() - self.clock()
        if wait <= 0:
            return  # painted as usual, on the next pass of the event loop
        self.deferred += 1
        self._view.viewport().setUpdatesEnabled(False)
        self._timer.start(max(1, math.ceil(wait * 1000)))

    def _resume(self) -> None:
        self._view.viewport().setUpdatesEnabled(True)  # re-enabling repaints the viewport

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 (Qt API)
        if ev.type() == QEvent.Type.Paint:
            self._last_paint = self.clock()
            self.paints += 1
        return False


def frame_to_qimage(frame: np.ndarray, copy: bool = False) -> QImage:
    """uint8 (H, W), (H, W, 1) or (H, W, 3) → QImage.

    Without ``copy`` the image shares the array's memory (keep the array alive while it is
    used); with ``copy`` it owns its pixels.
    """
    if frame.ndim == 3 and frame.shape[2] == 1:
        frame = frame[:, :, 0]
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    fmt = QImage.Format.Format_Grayscale8 if frame.ndim == 2 else QImage.Format.Format_RGB888
    image = QImage(frame.data, w, h, frame.strides[0], fmt)
    return image.copy() if copy else image


def make_action(parent, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
    """A QAction with optional shortcut and tooltip (also shown in the status bar), connected to ``slot``."""
    act = QAction(text, parent)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if tip:
        act.setToolTip(tip)
        act.setStatusTip(tip)
    act.setCheckable(checkable)
    act.triggered.connect(slot)
    return act


def shuts_down_once(shutdown: Callable[..., None]) -> Callable[..., None]:
    """Make a ``shutdown(self)`` method run only on its first call, setting ``self._closed``.

    A window or tool is shut down both by its own ``closeEvent`` and by whoever owns it (the
    main window closing, a test's teardown); a second run would stop timers and wait on
    threads that are already gone. ``self._closed`` must start ``False``; other methods read
    it to do nothing after the shutdown.
    """

    @functools.wraps(shutdown)
    def once(self: Any) -> None:
        if self._closed:
            return
        self._closed = True
        shutdown(self)

    return once
