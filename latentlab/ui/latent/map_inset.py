"""The latent map's hover inset: the image of the point under the mouse, enlarged, with a caption."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from latentlab.ui.common.qt_helpers import frame_to_qimage

INSET_SCALE = 3  # screen pixels per image pixel
MARGIN = 8  # from the top right corner of the plot


class MapInset(QFrame):
    """A small frame over the top right of ``plot``; mouse events pass through it to the plot."""

    def __init__(self, plot: QWidget) -> None:
        super().__init__(plot)
        self.setObjectName("mapInset")
        self.setStyleSheet("#mapInset { background: rgba(255,255,255,235); border: 1px solid #b0b0b0;"
                           " border-radius: 3px; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 3)
        layout.setSpacing(2)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #303030; font-size: 11px;")
        layout.addWidget(self.image)
        layout.addWidget(self.caption)
        self.hide()

    def show_image(self, img: np.ndarray, caption: str) -> None:
        """Show ``img`` (uint8, (H, W) or (H, W, 3)) enlarged, with ``caption`` under it."""
        pix = QPixmap.fromImage(frame_to_qimage(img, copy=True)).scaled(
            img.shape[1] * INSET_SCALE, img.shape[0] * INSET_SCALE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation)
        self.image.setPixmap(pix)
        self.caption.setText(caption)
        self.adjustSize()
        self.move(self.parentWidget().width() - self.width() - MARGIN, MARGIN)
        self.show()
        self.raise_()
