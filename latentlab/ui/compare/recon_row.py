"""The reconstruction row: real test pictures and each model's copy of them, side by side.

For every picture: the original, then each pane's reconstruction (a VAE encodes and decodes
it in one pass; a GAN has no encoder, so the latent that draws it best is searched for by
inversion). Under each copy its pixel error. Pixels are enlarged by whole numbers so they stay
crisp.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from latentlab.ui.common.i18n import fmt, number
from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.widgets import clear_layout


def _pixmap(frame: np.ndarray, size: int) -> QPixmap:
    h, w = frame.shape[:2]
    img = frame_to_qimage(frame, copy=True)
    scale = max(1, size // max(h, w))
    return QPixmap.fromImage(img).scaled(w * scale, h * scale, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.FastTransformation)


class ReconRow(QWidget):
    """Originals and reconstructions; :attr:`cells` maps (column, picture) to the frame shown.

    Column -1 is the original; column ``p`` is pane ``p``'s reconstruction.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconRow")
        self.cells: dict[tuple[int, int], np.ndarray] = {}
        self.methods: dict[int, str] = {}
        self._content: tuple[Any, ...] | None = None
        self._drawn_size = 0  # cell size of the last drawing
        self.title = QLabel(self.tr("<b>Reconstruction</b>: real test pictures, then each model's copy. A VAE "
                                    "encodes a picture in one pass; a GAN has no encoder, so latentlab searches for "
                                    "the latent that draws it (inversion)."))
        self.title.setWordWrap(True)
        self.title.setObjectName("reconTitle")
        self.status = QLabel("")
        self.status.setObjectName("reconStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        self.other = QPushButton(self.tr("Other pictures"))
        self.other.setToolTip(self.tr("Reconstruct other real test pictures"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel)
        bar.addWidget(self.other)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(3)
        self.grid.setVerticalSpacing(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.grid_box, 0, Qt.AlignmentFlag.AlignLeft)

    def set_busy(self, fraction: float | None, text: str = "") -> None:
        """Show a running encode / inversion (None: not running)."""
        running = fraction is not None
        self.progress.setVisible(running)
        self.cancel.setVisible(running)
        if running:
            self.progress.setValue(int(round(fraction * 1000)))
            self.progress.setFormat(text.replace("%", "%%") or "%p%")
        if text or not running:
            self.status.setText("" if running else text)

    def clear(self, text: str = "") -> None:
        self.cells.clear()
        self.methods.clear()
        self._content = None
        self._clear_grid()
        self.status.setText(text)

    def _clear_grid(self) -> None:
        clear_layout(self.grid)

    def set_content(self, recon: dict[str, Any], panes: Sequence[tuple[int, str, str]]) -> None:
        """Show a reconstruction result; ``panes``: (pane index, name, colour) of each column."""
        self._content = (recon, list(panes))
        self._draw()

    def resizeEvent(self, ev: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(ev)
        # Only when the cells would change size: rebuilding them resizes this widget again,
        # and redrawing on every such resize never settles.
        if self._content is not None and self._cell_size() != self._drawn_size:
            self._draw()

    def _cell_size(self) -> int:
        recon, panes = self._content  # type: ignore[misc]
        k, cols = len(recon["originals"]), 1 + len(panes)
        return max(28, min(96, (self.width() - 40) // max(1, k * cols) - 4))

    def _draw(self) -> None:
        recon, panes = self._content  # type: ignore[misc]
        self._clear_grid()
        self.cells.clear()
        self.methods.clear()
        originals = np.asarray(recon["originals"])
        k = len(originals)
        cols = 1 + len(panes)
        size = self._drawn_size = self._cell_size()
        problems = []
        for j in range(k):
            base = j * (cols + 1)
            self._cell(0, base, originals[j], size, "real", "#374151")
            self.cells[(-1, j)] = originals[j]
            for c, (pane, name, color) in enumerate(panes, start=1):
                entry = recon["models"][pane] if pane < len(recon["models"]) else None
                if entry is None:
                    continue
                if entry.get("method"):
                    self.methods[pane] = entry["method"]
                if entry.get("images") is None:
                    if j == 0 and entry.get("problem"):
                        problems.append(f"{name}: {entry['problem']}")
                    continue
                err = entry["errors"][j]
                self._cell(0, base + c, entry["images"][j], size, number(err, ".3f"), color,
                           fmt(self.tr("{name} ({method}): pixel MSE {err:.4f}"),
                               name=name, method=self._method(entry, long=True), err=err))
                self.cells[(pane, j)] = entry["images"][j]
            if j < k - 1:
                spacer = QLabel("")
                spacer.setFixedWidth(10)
                self.grid.addWidget(spacer, 0, base + cols)
        parts = []
        for pane, name, color in panes:
            entry = recon["models"][pane] if pane < len(recon["models"]) else None
            if entry and entry.get("mean_error") is not None:
                parts.append(fmt(self.tr("<span style='color:{color}'><b>{name}</b></span> ({how}) mean MSE {error:.4f}"),
                                 color=color, name=name, how=self._method(entry), error=entry["mean_error"]))
        self.status.setText(" · ".join(parts + problems))

    def _method(self, entry: dict, long: bool = False) -> str:
        """How a model made its copies: "encoder" ("encoder, one pass"), or "inversion, N steps"."""
        if entry["method"] == "encode":
            return self.tr("encoder, one pass") if long else self.tr("encoder")
        return self.tr("inversion, %n step(s)", "", int(entry["steps"]))

    def _cell(self, row: int, col: int, frame: np.ndarray, size: int, caption: str, color: str,
              tip: str = "") -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        pic = QLabel()
        pic.setPixmap(_pixmap(frame, size))
        pic.setToolTip(tip or self.tr("A real test picture"))
        cap = QLabel(caption)
        cap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cap.setStyleSheet(f"color: {color}; font-size: 9pt;")
        v.addWidget(pic, 0, Qt.AlignmentFlag.AlignCenter)
        v.addWidget(cap)
        self.grid.addWidget(box, row, col)
