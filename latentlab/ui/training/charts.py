"""The training panel's charts: dark plots, the sample sheet and the coverage bars' colours."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from latentlab.ui.common.plot_style import locale_axes

CANVAS = "#2b2d31"
AXIS = "#d1d5db"


def dark_plot(title: str) -> pg.PlotWidget:
    """A PlotWidget on the panel's dark canvas with light axes, a faint grid and no context menu."""
    plot = pg.PlotWidget(background=CANVAS, axisItems=locale_axes())
    plot.setMenuEnabled(False)
    plot.setTitle(title, color=AXIS)
    for side in ("left", "bottom"):
        ax = plot.getAxis(side)
        ax.setPen(pg.mkPen(AXIS))
        ax.setTextPen(pg.mkPen(AXIS))
    plot.showGrid(x=True, y=True, alpha=0.15)
    return plot


def composite(frames: np.ndarray, gap: int = 1) -> np.ndarray:
    """(N, H, W, C) uint8 → one C-contiguous sheet, grey as (H', W')."""
    n, h, w, c = frames.shape
    cols = int(np.ceil(np.sqrt(n)))
    rows = int(np.ceil(n / cols))
    sheet = np.full((rows * (h + gap) + gap, cols * (w + gap) + gap, c), 60, np.uint8)
    for i in range(n):
        r, col = divmod(i, cols)
        y, x = gap + r * (h + gap), gap + col * (w + gap)
        sheet[y:y + h, x:x + w] = frames[i]
    return np.ascontiguousarray(sheet[:, :, 0] if c == 1 else sheet)


def bar_colour(share: float, k: int) -> QColor:
    """Blue near the even share, orange when a class is over-drawn, grey when it is missing."""
    if share <= 0:
        return QColor("#6b7280")
    if share > 2.0 / k:
        return QColor("#f28e2b")
    return QColor("#4e9af1")


def short_class(name: str) -> str:
    """A class name short enough for a tick under one of ten bars ("T-shirt/top" → "T-shirt")."""
    return name if len(name) <= 7 else name.split("/")[0][:7]


def legend_label(name: str) -> QLabel:
    """An empty rich-text line for a plot's legend, shown beside the plot instead of over its curves."""
    label = QLabel("")
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def legend_html(entries: list[tuple[str, str]]) -> str:
    """Rich text naming each (label, colour) beside a line of its colour."""
    return "&nbsp;&nbsp; ".join(f"<span style='color:{colour}'>━━</span>&nbsp;{label}" for label, colour in entries)


def stacked(*widgets: QWidget) -> QWidget:
    """The widgets one above the other, the last one taking the spare height."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    for w in widgets:
        col.addWidget(w, 1 if w is widgets[-1] else 0)
    return box
