"""Small Qt conversions shared by the widgets: frames to QImages, actions with shortcuts."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
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
