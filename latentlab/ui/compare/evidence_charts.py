"""The evidence panel's small charts: white still plots in captioned cells, loss curves on a real scale.

Each loss keeps its colour in every plot, as in the exported comparison figure
(:mod:`latentlab.core.metric_table` holds both the colours and which curves are drawn).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
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
    """Draw a model's losses on one labelled axis of real values; returns (name, min, max) of the curves drawn.

    When every value is positive (a VAE's total, reconstruction and KL) the axis is logarithmic:
    the terms differ by orders of magnitude, and on a log axis the total (dashed) stays visibly
    above its largest term instead of hiding under it. A GAN's hinge losses can be negative, so
    they get a linear axis. Either way the ticks are the losses' own numbers.
    """
    if not isinstance(log, dict):
        return []
    keys = [k for k in PLOTTED_CURVES if isinstance(log.get(k), (list, tuple)) and len(log[k]) >= 2]
    steps = log.get("step")
    number = metric_table.finite_number
    curves = []
    for k in keys:
        y = np.asarray([number(v) if number(v) is not None else np.nan for v in log[k]], float)
        x = np.asarray(steps, float) if isinstance(steps, (list, tuple)) and len(steps) == len(y) \
            else np.arange(len(y), dtype=float)
        finite = np.isfinite(y)
        if finite.sum() >= 2:
            curves.append((k, x[finite], y[finite]))
    if not curves:
        return []
    log_scale = all(float(y.min()) > 0 for _k, _x, y in curves)
    plot.setLogMode(x=False, y=log_scale)
    for k, x, y in curves:
        total = k == "loss" and len(curves) > 1  # the sum of the others: dashed, so both stay visible
        pen = pg.mkPen(CURVE_COLORS.get(k, OTHER_CURVE), width=2.0 if total else 1.5,
                       style=Qt.PenStyle.DashLine if total else Qt.PenStyle.SolidLine)
        plot.plot(x, y, pen=pen)
    translate = QCoreApplication.translate
    plot.setLabel("bottom", translate("EvidencePanel", "training step"))
    plot.setLabel("left", translate("EvidencePanel", "loss (log scale)") if log_scale
                  else translate("EvidencePanel", "loss"))
    plot.enableAutoRange()
    return [(k, float(y.min()), float(y.max())) for k, _x, y in curves]
