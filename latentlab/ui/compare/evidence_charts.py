"""The evidence panel's small charts: white still plots in captioned cells, loss curves scaled to their range.

Each loss keeps its colour in every plot, as in the exported comparison figure
(:mod:`latentlab.core.metric_table` holds both the colours and which curves are drawn).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from latentlab.core import metric_table
from latentlab.ui.common.widgets import still_plot

CURVE_COLORS = {k: "#{:02x}{:02x}{:02x}".format(*v) for k, v in metric_table.CURVE_COLORS.items()}
PLOTTED_CURVES = metric_table.PLOTTED_CURVES
OTHER_CURVE = "#777777"


def chart_cell(head: str, sub: str, plot: pg.PlotWidget) -> QWidget:
    """``plot`` in a white rounded card under a rich-text title ``head`` and an optional note ``sub``."""
    box = QFrame()
    box.setObjectName("chartCell")
    box.setStyleSheet("QFrame#chartCell { background: #ffffff; border: 1px solid #e3e5e9; border-radius: 6px; }")
    v = QVBoxLayout(box)
    v.setContentsMargins(6, 4, 6, 4)
    v.setSpacing(0)
    title = QLabel(head)
    title.setStyleSheet("font-size: 12pt; border: none;")
    title.setWordWrap(True)
    v.addWidget(title)
    if sub:
        note = QLabel(sub)
        note.setWordWrap(True)
        note.setStyleSheet("font-size: 10pt; color: #4b5563; border: none;")
        v.addWidget(note)
    v.addWidget(plot, 1)
    return box


def chart_plot() -> pg.PlotWidget:
    """A white plot that does not pan or zoom, its numbers as written (no SI prefixes)."""
    p = still_plot("w", (160, 150), axis_pen="#6b7280", text_pen="#1f2328")
    for side in ("left", "bottom"):
        p.getAxis(side).enableAutoSIPrefix(False)
    return p


def mark_empty(plot: pg.PlotWidget, text: str) -> None:
    """No axes, only ``text`` in the middle (what is missing and how to get it)."""
    plot.getAxis("left").setTicks([[]])
    plot.getAxis("bottom").setTicks([[]])
    label = pg.TextItem(text, color="#6b7280", anchor=(0.5, 0.5))
    plot.addItem(label)
    label.setPos(0.5, 0.5)
    plot.setXRange(0, 1, padding=0)
    plot.setYRange(0, 1, padding=0)


def draw_losses(plot: pg.PlotWidget, log: Any) -> list[tuple[str, float, float]]:
    """Draw each loss scaled to its own range; returns (name, min, max) of the curves drawn."""
    if not isinstance(log, dict):
        return []
    keys = [k for k in PLOTTED_CURVES if isinstance(log.get(k), (list, tuple)) and len(log[k]) >= 2]
    steps = log.get("step")
    number = metric_table.finite_number
    drawn = []
    for k in keys:
        y = np.asarray([number(v) if number(v) is not None else np.nan for v in log[k]], float)
        x = np.asarray(steps, float) if isinstance(steps, (list, tuple)) and len(steps) == len(y) \
            else np.arange(len(y), dtype=float)
        finite = np.isfinite(y)
        if finite.sum() < 2:
            continue
        lo, hi = float(np.nanmin(y)), float(np.nanmax(y))
        scaled = (y - lo) / (hi - lo) if hi > lo else np.zeros_like(y)
        plot.plot(x[finite], scaled[finite], pen=pg.mkPen(CURVE_COLORS.get(k, OTHER_CURVE), width=1.5))
        drawn.append((k, lo, hi))
    if drawn:
        translate = QCoreApplication.translate
        plot.setLabel("bottom", translate("EvidencePanel", "training step"))
        plot.getAxis("left").setTicks([[(0, translate("EvidencePanel", "min")), (1, translate("EvidencePanel", "max"))]])
        plot.setYRange(-0.03, 1.03, padding=0)
    return drawn
