"""An N×N grid of samples (cell i is the sample of seed ``first seed + i``); click one to go there."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from latentlab.ui.common.qt_helpers import fast_to_scale, frame_to_qimage
from latentlab.ui.common.state import ExplorerState

GAP = 2  # pixels between cells, in image pixels of the composite


class GridCanvas(QWidget):
    """Paints the composite crisply (nearest neighbour) and maps clicks to cells."""

    def __init__(self, owner: "SampleGrid") -> None:
        super().__init__(owner)
        self.owner = owner
        self.setMouseTracking(True)
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._hover = -1
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, 260)

    def target_rect(self) -> QRect:
        img = self.owner.qimage
        if img is None:
            return QRect()
        w, h = img.width(), img.height()
        s = min(self.width() / w, self.height() / h)
        if s >= 1:
            s = float(int(s)) if s >= 2 else s  # whole-number zoom keeps pixels square and even
        tw, th = int(w * s), int(h * s)
        return QRect((self.width() - tw) // 2, (self.height() - th) // 2, tw, th)

    def cell_at(self, pos: QPoint) -> int:
        o = self.owner
        r = self.target_rect()
        if o.qimage is None or not r.contains(pos):
            return -1
        x = (pos.x() - r.x()) * o.qimage.width() / r.width()
        y = (pos.y() - r.y()) * o.qimage.height() / r.height()
        n = o.n
        cw = o.cell_w + GAP
        ch = o.cell_h + GAP
        col, row = int((x - GAP) // cw), int((y - GAP) // ch)
        if not (0 <= col < n and 0 <= row < n):
            return -1
        i = row * n + col
        return i if i < o.count else -1

    def cell_rect(self, i: int) -> QRect:
        o = self.owner
        r = self.target_rect()
        sx = r.width() / o.qimage.width()
        sy = r.height() / o.qimage.height()
        row, col = divmod(i, o.n)
        x = GAP + col * (o.cell_w + GAP)
        y = GAP + row * (o.cell_h + GAP)
        return QRect(int(r.x() + x * sx), int(r.y() + y * sy), int(o.cell_w * sx), int(o.cell_h * sy))

    def paintEvent(self, ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        o = self.owner
        if o.qimage is None:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Samples appear here"))
            return
        p.drawImage(self.target_rect(), o.qimage)
        current = o.current_cell()
        if current >= 0:
            p.setPen(QPen(QColor("#3d8bfd"), 3))
            p.drawRect(self.cell_rect(current).adjusted(-1, -1, 1, 1))
        if self._hover >= 0 and self._hover != current:
            p.setPen(QPen(QColor(255, 200, 60), 2))
            p.drawRect(self.cell_rect(self._hover).adjusted(-1, -1, 1, 1))

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        i = self.cell_at(ev.position().toPoint())
        if i != self._hover:
            self._hover = i
            o = self.owner
            self.setToolTip(self.tr("Seed {seed}: click to make it the current point").format(seed=o.seeds[i])
                            if i >= 0 and o.seeds else "")
            self.update()

    def leaveEvent(self, ev) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            i = self.cell_at(ev.position().toPoint())
            if i >= 0:
                self.owner.pick(i)


class SampleGrid(QWidget):
    """Grid size and first seed on top, the samples below."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.frames: np.ndarray | None = None
        self.latents: np.ndarray | None = None
        self.seeds: list[int] = []
        self.qimage: QImage | None = None
        self._composite: np.ndarray | None = None
        self.n = 0
        self.count = 0
        self.cell_w = self.cell_h = 0

        self.size_box = QSpinBox()
        self.size_box.setRange(2, 10)
        self.size_box.setValue(state.grid_size)
        self.size_box.setPrefix("")
        self.size_box.setSuffix(f" × {state.grid_size}")
        self.size_box.setToolTip(self.tr("How many samples per row and column"))
        self.size_box.valueChanged.connect(self._on_size)
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 2**31 - 1)
        self.seed_box.setKeyboardTracking(False)
        self.seed_box.setValue(state.grid_seed)
        self.seed_box.setToolTip(self.tr("Seed of the first sample; the others use the next seeds"))
        self.seed_box.valueChanged.connect(lambda v: state.set_grid(seed=v))
        self.seed_box.setMinimumWidth(self.seed_box.fontMetrics().horizontalAdvance("0" * 10) + 30)
        self.more = QPushButton(self.tr("New samples"))
        self.more.setToolTip(self.tr("Show a fresh set of random samples"))
        self.more.clicked.connect(self.new_samples)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Grid")))
        top.addWidget(self.size_box)
        top.addWidget(QLabel(self.tr("seed")))
        top.addWidget(self.seed_box)
        top.addStretch(1)
        top.addWidget(self.more)
        self.canvas = GridCanvas(self)
        self.canvas.setToolTip(self.tr("Random samples from the model. Click one to make it the current point."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

        state.gridChanged.connect(self._on_grid)
        state.modelChanged.connect(lambda m: self.clear())
        state.latentChanged.connect(self._on_latent)
        self._highlighted = -1

    def new_samples(self) -> None:
        seed = int(np.random.default_rng().integers(0, 2**31 - 1 - 100))
        self.state.set_grid(seed=seed)

    def _on_size(self, v: int) -> None:
        self.size_box.setSuffix(f" × {v}")
        self.state.set_grid(size=v)

    def _on_grid(self) -> None:
        for box, v in ((self.seed_box, self.state.grid_seed), (self.size_box, self.state.grid_size)):
            box.blockSignals(True)
            box.setValue(v)
            box.blockSignals(False)
        self.size_box.setSuffix(f" × {self.state.grid_size}")

    def clear(self) -> None:
        self.frames = self.latents = None
        self.qimage = None
        self.seeds = []
        self.count = 0
        self.canvas.update()

    def set_samples(self, frames: np.ndarray, latents: np.ndarray, seeds: list[int]) -> None:
        """Show frames (N, H, W, C) uint8 for the given latents/seeds."""
        n = int(np.ceil(np.sqrt(len(frames))))
        count, h, w, c = frames.shape
        sheet = np.full((n * (h + GAP) + GAP, n * (w + GAP) + GAP, c), 70, np.uint8)
        for i in range(count):
            r, col = divmod(i, n)
            y, x = GAP + r * (h + GAP), GAP + col * (w + GAP)
            sheet[y:y + h, x:x + w] = frames[i]
        self.frames, self.latents, self.seeds = frames, latents, list(seeds)
        self.n, self.count, self.cell_w, self.cell_h = n, count, w, h
        self._composite = np.ascontiguousarray(sheet)
        self.qimage = fast_to_scale(frame_to_qimage(self._composite))
        self.canvas.update()

    def _on_latent(self, _indices=None) -> None:
        # Repaint only when the highlighted cell changes, not on every slider step.
        cell = self.current_cell()
        if cell != self._highlighted:
            self._highlighted = cell
            self.canvas.update()

    def current_cell(self) -> int:
        if not self.state.from_seed or self.state.seed not in self.seeds:
            return -1
        return self.seeds.index(self.state.seed)

    def pick(self, i: int) -> None:
        """Make cell ``i`` the current point."""
        if self.latents is None or not 0 <= i < self.count:
            return
        self.state.set_z(self.latents[i], seed=self.seeds[i])
        self.canvas.update()
