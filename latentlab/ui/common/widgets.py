"""Small widget builders the panels share: tool buttons, note labels, still plots, pixel views, emptying layouts.

Each does one thing several panels did alike, so a change (the hint style, how a layout is
emptied) happens in one place. Text comes in already translated: the caller owns its ``tr()``
context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QToolButton, QWidget

from latentlab.ui.common.plot_style import locale_axes
from latentlab.ui.common.qt_helpers import FrameItem


def tool_button(text: str, tip: str = "", slot: Callable[..., Any] | None = None, *,
                auto_raise: bool = False, checkable: bool = False) -> QToolButton:
    """A QToolButton showing ``text`` with tooltip ``tip``; ``slot`` gets its clicks (``toggled`` when checkable)."""
    b = QToolButton()
    b.setText(text)
    if tip:
        b.setToolTip(tip)
    b.setAutoRaise(auto_raise)
    b.setCheckable(checkable)
    if slot is not None:
        (b.toggled if checkable else b.clicked).connect(slot)
    return b


def note_label(text: str = "", object_name: str = "hint", *, wrap: bool = True, shrink: bool = True) -> QLabel:
    """A QLabel with an object name (for the stylesheet), word-wrapped by default.

    ``shrink`` lets the label be narrower than its text (Ignored width), so a long status line
    never widens the panel it sits in.
    """
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    if shrink:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def still_plot(background: str, min_size: tuple[int, int], *, axis_pen: str | None = None,
               text_pen: str | None = None, mouse: bool = False) -> pg.PlotWidget:
    """A PlotWidget without its context menu and auto-range button (``mouse``: pan and zoom allowed).

    ``axis_pen`` and ``text_pen`` colour both axes' lines and tick labels.
    """
    plot = pg.PlotWidget(background=background, axisItems=locale_axes())
    plot.setMenuEnabled(False)
    plot.hideButtons()
    if not mouse:
        plot.setMouseEnabled(False, False)
    plot.setMinimumSize(*min_size)
    for side in ("left", "bottom"):
        ax = plot.getAxis(side)
        if axis_pen is not None:
            ax.setPen(pg.mkPen(axis_pen))
        if text_pen is not None:
            ax.setTextPen(pg.mkPen(text_pen))
    return plot


def pixel_view(background: str, padding: float = 0.02, *,
               mouse: bool = True) -> tuple[pg.GraphicsView, pg.ViewBox, FrameItem]:
    """A view that shows one reused row-major frame pixel-exact: square pixels, row 0 on top.

    Returns the GraphicsView, its ViewBox and the FrameItem to ``setImage`` on. ``padding`` is
    the ViewBox's margin around the frame; ``mouse=False`` fixes the view (no pan or zoom).
    """
    view = pg.GraphicsView(background=background)
    # Smoothing would blur the very pixels a user zooms in to look at.
    view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    box = pg.ViewBox(lockAspect=True, invertY=True, enableMenu=False, defaultPadding=padding)
    box.setMouseEnabled(mouse, mouse)
    view.setCentralItem(box)
    item = FrameItem(axisOrder="row-major")
    box.addItem(item)
    return view, box, item


def clear_layout(layout: QLayout, keep: tuple[QWidget, ...] = (), *, unparent: bool = True) -> None:
    """Take every item out of ``layout`` and delete its widgets (those in ``keep`` stay alive).

    With ``unparent`` the widgets vanish at once rather than at the next event-loop pass (when
    ``deleteLater`` deletes them); without, they keep their state (visible, values) until then,
    for a caller that reads it while rebuilding.
    """
    while layout.count():
        w = layout.takeAt(0).widget()
        if w is not None and w not in keep:
            if unparent:
                # Hidden first: a widget added to a shown layout in this same event-loop pass still
                # has a queued "show if not hidden" waiting, which would show it as a window of
                # its own once it has no parent (seen as stray claim cards after a quick refill).
                w.hide()
                w.setParent(None)
            w.deleteLater()
