"""The path's filmstrip: every rendered frame side by side, the keyframes marked, the current one framed.

The frames are cached on the :class:`~latentlab.ui.latent.path_state.PathState`, so scrubbing
here is instant; the strip is drawn once into one image and painted clipped to what is exposed.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from latentlab.ui.common.qt_helpers import frame_to_qimage

STRIP_HEIGHT = 30  # filmstrip thumbnails, screen pixels (about)
STRIP_GAP = 2


class Filmstrip(QWidget):
    """All frames side by side; press or drag to scrub, double-click to go to that frame's point."""

    scrubbed = Signal(int)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(False)
        self.image: QImage | None = None
        self.count = 0
        self.cell_w = self.cell_h = 0
        self.keys: list[int] = []
        self.current = 0
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Every frame of the path. Click or drag to scrub (instant: the frames are ready), "
                                "double-click a frame to make its point the current one. Marked: the keyframes."))
        self.setFixedHeight(STRIP_HEIGHT + 10)

    def set_frames(self, frames: np.ndarray | None, keys: list[int]) -> None:
        if frames is None or not len(frames):
            self.image, self.count, self.keys = None, 0, []
            self.setFixedWidth(10)
            self.update()
            return
        n, h, w = frames.shape[:3]
        k = max(1, round(STRIP_HEIGHT / h))
        big = np.repeat(np.repeat(frames, k, axis=1), k, axis=2)  # (F, h*k, w*k[, 3])
        ch, cw = h * k, w * k
        pad = np.full((n, ch, STRIP_GAP) + big.shape[3:], 255, np.uint8)
        strip = np.concatenate([big, pad], axis=2)  # (F, ch, cw+gap[, 3])
        strip = np.concatenate(list(strip), axis=1)  # (ch, F*(cw+gap)[, 3])
        self.image = frame_to_qimage(strip, copy=True)
        self.count, self.cell_w, self.cell_h, self.keys = n, cw + STRIP_GAP, ch, list(keys)
        self.setFixedWidth(self.count * self.cell_w + 2)
        self.setFixedHeight(ch + 10)
        self.update()

    def set_current(self, i: int) -> None:
        if i != self.current:
            old = self.cell_rect(self.current)
            self.current = i
            self.update(old.adjusted(-3, -3, 3, 3))
            self.update(self.cell_rect(i).adjusted(-3, -3, 3, 3))

    def cell_rect(self, i: int) -> QRect:
        return QRect(1 + i * self.cell_w, 2, self.cell_w - STRIP_GAP, self.cell_h)

    def index_at(self, pos: QPoint) -> int:
        if not self.count:
            return -1
        return max(0, min(self.count - 1, (pos.x() - 1) // max(1, self.cell_w)))

    def paintEvent(self, ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if self.image is None:
            return
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        r = ev.rect()
        x0 = max(0, r.left() - 1)
        x1 = min(self.image.width(), r.right() + 1)
        if x1 > x0:
            p.drawImage(QPoint(1 + x0, 2), self.image, QRect(x0, 0, x1 - x0, self.cell_h))
        for k in self.keys:
            cr = self.cell_rect(k)
            p.fillRect(QRect(cr.left(), cr.bottom() + 3, cr.width(), 4), QColor("#0072B2"))
        cur = self.cell_rect(self.current)
        pen = QPen(QColor("#d62728"))
        pen.setWidth(2)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(cur.adjusted(-1, -1, 1, 1))

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(ev.position().toPoint())
            if i >= 0:
                self.scrubbed.emit(i)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.buttons() & Qt.MouseButton.LeftButton:
            i = self.index_at(ev.position().toPoint())
            if i >= 0:
                self.scrubbed.emit(i)

    def mouseDoubleClickEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        i = self.index_at(ev.position().toPoint())
        if i >= 0:
            self.activated.emit(i)
