"""Plot fonts sized for the room (pyqtgraph plots take their fonts from code, not from stylesheets),
and axes that write their numbers the UI language's way."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

#: a tick label pyqtgraph wrote as a plain number ("0.25", "-1e+03"), not text set with setTicks
_NUMBER = re.compile(r"[-+\u2212]?\d[\d.]*(e[-+]?\d+)?")


class LocaleAxis(pg.AxisItem):
    """An axis whose automatic tick labels use the UI language's decimal point ("0,25" in Czech).

    Labels given with ``setTicks`` are shown as given (their code formats them).
    """

    def tickStrings(self, values, scale, spacing):  # pyqtgraph API name
        strings = super().tickStrings(values, scale, spacing)
        point = QLocale().decimalPoint()
        if point == ".":
            return strings
        return [s.replace(".", point) if isinstance(s, str) and _NUMBER.fullmatch(s) else s for s in strings]


def locale_axes() -> dict[str, LocaleAxis]:
    """``axisItems`` for a PlotWidget whose left and bottom axes write numbers the language's way."""
    return {"left": LocaleAxis("left"), "bottom": LocaleAxis("bottom")}

#: the colour the dark plot canvases (training, compare) draw their titles in
TITLE_COLOUR = "#d1d5db"


#: pyqtgraph's AxisItem defaults: (tick labels already shown, largest share of the axis they may fill)
DEFAULT_TEXT_FILL = [(0, 0.8), (2, 0.6), (4, 0.4), (6, 0.2)]
#: with presentation-sized type: fewer labels, more space between them
BIG_TEXT_FILL = [(0, 0.45), (2, 0.3)]
BIG_MAX_TICK_LEVEL = 0


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
        # Big type: label only the major ticks and leave room between them ("0 2000 4000",
        # not "02000400 06000"); the default style again at normal size.
        ax.setStyle(maxTickLevel=BIG_MAX_TICK_LEVEL if px else 2,
                    textFillLimits=BIG_TEXT_FILL if px else DEFAULT_TEXT_FILL)
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
