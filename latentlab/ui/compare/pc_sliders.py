"""A few sliders along principal directions, in prior standard deviations (the compare view's).

Drag, use the arrow keys, or right-click a slider to put it back to 0. The widget only reports
moves (:attr:`PcSliders.moved`); whoever owns it decides what they move.

Laid out across (the compare view's linked sliders), each slider's value and the next slider's
name are kept apart by two average characters of the type in use, and the value boxes
are as wide as the widest value ("-3,00") in that type: presentation mode's big type would
otherwise set "0,00" right against "PC2". :meth:`PcSliders.set_title_above` moves the title and
*Reset* onto a line of their own (the stage's width is too narrow for them beside the sliders).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from latentlab.ui.common.i18n import number
from latentlab.ui.common.value_slider import TICKS, ValueSlider

RANGE = 3.0  # ± standard deviations
#: sliders per line when laid out across (more go to the next line)
ACROSS_PER_ROW = 2
#: narrowest slider when laid out across, in pixels
ACROSS_MIN_WIDTH = 120


class PcSliders(QWidget):
    """``count`` labelled sliders; :attr:`moved` (index, value) when the user moves one."""

    moved = Signal(int, float)
    resetClicked = Signal()

    def __init__(self, count: int, title: str = "", compact: bool = False, across: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pcSliders")
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0 if compact else 2)
        self.across = across
        self.title_above = False
        self.title = QLabel(title)
        self.title.setObjectName("pcTitle")
        self.title.setWordWrap(True)
        self.title.setVisible(bool(title))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Put every slider back to 0 (the seed's own sample)"))
        self.reset_button.clicked.connect(self.resetClicked.emit)
        self.names: list[QLabel] = []
        self.sliders: list[ValueSlider] = []
        self.values: list[QLabel] = []
        for k in range(count):
            name = QLabel(self.tr("PC{n}").format(n=k + 1))
            name.setObjectName("sliderName")
            slider = ValueSlider()
            slider.setRange(int(-RANGE * TICKS), int(RANGE * TICKS))
            slider.setSingleStep(10)
            slider.setPageStep(50)
            slider.setValue(0)
            if across:
                slider.setMinimumWidth(ACROSS_MIN_WIDTH)  # never squeezed to a stub (big type on stage)
            value = QLabel(number(0, ".2f"))
            value.setObjectName("pcValue")
            value.setMinimumWidth(44)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda v, k=k: self._moved(k, v))
            slider.resetRequested.connect(lambda k=k: self.sliders[k].setValue(0))
            self.names.append(name)
            self.sliders.append(slider)
            self.values.append(value)
        self._place()
        self.set_tips([])
        if self.values:  # its type set by a stylesheet arrives as a font change of the label itself
            self.values[0].installEventFilter(self)

    # --- layout ----------------------------------------------------------------------------------
    def _place(self) -> None:
        """Put the title, Reset and the sliders into the grid (again, after :meth:`set_title_above`)."""
        grid = self.grid
        for w in (self.title, self.reset_button, *self.names, *self.sliders, *self.values):
            grid.removeWidget(w)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 0)
            grid.setColumnMinimumWidth(c, 0)
        count = len(self.sliders)
        per_row = min(count, ACROSS_PER_ROW)
        titled = bool(self.title.text())
        row0 = col0 = 0
        if titled and self.across and not self.title_above:  # one line: title, the sliders side by side, reset
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.reset_button, 0, 3 * per_row + 1)
            col0 = 1
        elif titled and self.across:  # title and reset on a line of their own, above the sliders
            # Reset over the last slider and its value (not the value's column alone: it would widen it)
            grid.addWidget(self.title, 0, 0, 1, 3 * per_row - 2)
            grid.addWidget(self.reset_button, 0, 3 * per_row - 2, 1, 2,
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row0 = 1
        elif titled:
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.reset_button, 0, 2)
            row0 = 1
        for k, (name, slider, value) in enumerate(zip(self.names, self.sliders, self.values)):
            # across: at most ACROSS_PER_ROW per line, so each keeps a usable width on a 1024-px screen
            r, c = (row0 + k // ACROSS_PER_ROW, col0 + 3 * (k % ACROSS_PER_ROW)) if self.across else (row0 + k, 0)
            grid.addWidget(name, r, c)
            grid.addWidget(slider, r, c + 1)
            grid.addWidget(value, r, c + 2)
            if self.across:
                grid.setColumnStretch(c + 1, 1)
        if not self.across:
            grid.setColumnStretch(1, 1)
        self._fit_type()

    def set_title_above(self, above: bool) -> None:
        """Across: the title and Reset on a line above the sliders (True) or beside them (False)."""
        if self.across and above != self.title_above:
            self.title_above = above
            self._place()

    def _fit_type(self) -> None:
        """Value boxes as wide as the widest value, and the gaps between sliders, in the type in use."""
        if not self.values:
            return
        value = self.values[0]
        fm = value.fontMetrics()
        widest = max(fm.horizontalAdvance(number(v, "+.2f")) for v in (-RANGE, RANGE))
        for label in self.values:
            label.setMinimumWidth(max(44, widest + 4))
        # A name after a value on its line starts two average characters after it, the grid's
        # spacing included (in the window's small type the spacing alone is about that much: no
        # indent there, and no width taken from a 1024-px screen).
        gap = 2 * fm.averageCharWidth() - self.grid.horizontalSpacing()
        gap = gap if gap > self.grid.horizontalSpacing() else 0
        for k, name in enumerate(self.names):
            indent = gap if self.across and k % ACROSS_PER_ROW else 0
            if name.contentsMargins().left() != indent:
                name.setContentsMargins(indent, 0, 0, 0)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.FontChange and self.values and obj is self.values[0]:
            self._fit_type()  # a stylesheet (presentation mode's big type) changed the values' size
        return False

    def _moved(self, k: int, ticks: int) -> None:
        value = ticks / TICKS
        self.values[k].setText(number(value, "+.2f") if ticks else number(0, ".2f"))
        if not self.signalsBlocked():
            self.moved.emit(k, value)

    def set_values(self, values: Sequence[float]) -> None:
        """Show ``values`` without reporting them as moves."""
        values = np.asarray(values, np.float32).reshape(-1)
        for k, slider in enumerate(self.sliders):
            v = float(values[k]) if k < values.shape[0] else 0.0
            slider.blockSignals(True)
            slider.setValue(round(v * TICKS))
            slider.blockSignals(False)
            self.values[k].setText(number(v, "+.2f") if v else number(0, ".2f"))

    def set_tips(self, tips: Sequence[str]) -> None:
        for k, slider in enumerate(self.sliders):
            tip = tips[k] if k < len(tips) else (
                self.tr("Principal direction {x0}: moves the image along the {x0}. direction in which this model's "
                        "latents vary most (right-click: back to 0)").format(x0=k + 1))
            slider.setToolTip(tip)
            self.names[k].setToolTip(tip)

    def set_available(self, count: int, reason: str = "") -> None:
        """Enable the first ``count`` sliders (a model with fewer latent dimensions has fewer)."""
        for k, slider in enumerate(self.sliders):
            on = k < count
            slider.setEnabled(on)
            self.names[k].setEnabled(on)
            if not on and reason:
                slider.setToolTip(reason)
