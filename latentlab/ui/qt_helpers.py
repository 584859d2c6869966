"""Small Qt conversions shared by the widgets: frames to QImages, actions with shortcuts."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QAction, QImage, QKeySequence


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
