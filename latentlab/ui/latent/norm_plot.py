"""‖z‖ along an interpolation path, against the prior's typical norm √d.

A D-dimensional standard normal sample has ‖z‖ ≈ √d, give or take about 1/√2: the training
latents live in that thin shell. slerp keeps to it; lerp cuts through the middle, where ‖z‖
dips and images often fade. The plot shows the curve, the shell (shaded), the keyframes
(diamonds) and the frame being shown (a red line), with a one-line reading underneath.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.widgets import note_label, still_plot

#: the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)
SHELL_HALF_WIDTH = 1.96 / math.sqrt(2)


class NormPlot(QWidget):
    """The ‖z‖ plot (``plot``) and its reading (``note``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = still_plot("#fbfbfb", (150, 70))
        self.plot.getPlotItem().setContentsMargins(0, 2, 4, 0)
        self.plot.setLabel("left", "‖z‖")
        self.plot.setToolTip(self.tr(
            "‖z‖, the length of the latent, frame by frame (blue), against the prior's typical length √d "
            "(dashed; shaded: where 95% of its samples are). Latents the model was trained on live in that "
            "shell: slerp stays there, lerp dips into the middle."))
        self.shell = pg.LinearRegionItem(orientation="horizontal", movable=False, brush=pg.mkBrush(0, 158, 115, 40),
                                         pen=pg.mkPen(None))
        self.plot.addItem(self.shell)
        self.shell_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#009E73", width=1.5, style=Qt.PenStyle.DashLine))
        self.plot.addItem(self.shell_line)
        self.curve = self.plot.plot(pen=pg.mkPen("#0072B2", width=2))
        self.keys = pg.ScatterPlotItem(size=8, symbol="d", brush=pg.mkBrush("#ffffff"),
                                       pen=pg.mkPen("#202020", width=1.2))
        self.plot.addItem(self.keys)
        self.now_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#d62728", width=1.5))
        self.plot.addItem(self.now_line)
        self.note = note_label()
        self.note.setToolTip(self.plot.toolTip())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)

    def clear(self) -> None:
        """Nothing drawn (the path changed and is being rendered again)."""
        self.curve.setData([], [])
        self.keys.clear()

    def show_norms(self, latents: np.ndarray, key_indices: Sequence[int], modes: Sequence[str]) -> None:
        """Draw ‖z‖ of ``latents`` (F, D), the keyframes at ``key_indices``; ``modes``: the segments' modes."""
        d = latents.shape[1]
        norms = np.linalg.norm(latents.astype(np.float64), axis=1)
        typical = math.sqrt(d)
        x = np.arange(len(norms))
        self.curve.setData(x, norms)
        keys = list(key_indices)
        self.keys.setData(x=np.asarray(keys, np.float64), y=norms[keys])
        self.shell_line.setValue(typical)
        self.shell.setRegion((max(0.0, typical - SHELL_HALF_WIDTH), typical + SHELL_HALF_WIDTH))
        lo = min(float(norms.min()), typical - SHELL_HALF_WIDTH)
        hi = max(float(norms.max()), typical + SHELL_HALF_WIDTH)
        self.plot.setYRange(max(0.0, lo - 0.5), hi + 0.5, padding=0)
        self.plot.setXRange(0, max(1, len(norms) - 1), padding=0.02)
        dip = typical - float(norms.min())
        text = fmt(self.tr("√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {low:.2f}"),
            typical=typical, d=d, low=norms.min())
        if "lerp" in modes and dip > SHELL_HALF_WIDTH:
            text += self.tr(" — a lerp dip into the middle")
        self.note.setText(text)

    def set_now(self, i: int) -> None:
        """Mark frame ``i`` as the one shown."""
        self.now_line.setValue(i)
