"""Plot fonts sized for the room: pyqtgraph plots take their fonts from code, not from stylesheets."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont

#: the colour the dark plot canvases (training, compare) draw their titles in
TITLE_COLOUR = "#d1d5db"


def style_plot_fonts(plot: pg.PlotWidget, px: int | None) -> None:
    """Set a PlotWidget's tick, axis-label, title and legend fonts to ``px`` pixels (None: default)."""
    font = QFont()
    if px:
        font.setPixelSize(int(px))
    item = plot.getPlotItem()
    for side in ("left", "bottom"):
        ax = item.getAxis(side)
        ax.setTickFont(font if px else None)
        ax.label.setFont(font)
        ax.setStyle(tickTextOffset=max(5, int((px or 10) / 3)))
        ax.setWidth(None) if side == "left" else ax.setHeight(None)
    title = item.titleLabel
    if title is not None and title.isVisible() and title.text:
        item.setTitle(title.text, color=TITLE_COLOUR, size=f"{px}px" if px else "9pt")
        if px:
            item.layout.setRowFixedHeight(0, int(px * 1.7))
            title.setMaximumHeight(int(px * 1.7))
    legend = item.legend
    if legend is not None:
        for _sample, label in legend.items:
            label.setText(label.text, size=f"{px}px" if px else "9pt")
