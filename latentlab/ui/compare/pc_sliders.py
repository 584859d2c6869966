"""A few sliders along principal directions, in prior standard deviations (the compare view's).

Drag, use the arrow keys, or right-click a slider to put it back to 0. The widget only reports
moves (:attr:`PcSliders.moved`); whoever owns it decides what they move.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
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
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0 if compact else 2)
        self.title = QLabel(title)
        self.title.setObjectName("pcTitle")
        self.title.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Put every slider back to 0 (the seed's own sample)"))
        self.reset_button.clicked.connect(self.resetClicked.emit)
        row0 = col0 = 0
        if title and across:  # one line: title, the sliders side by side, reset
            grid.addWidget(self.title, 0, 0)
            grid.addWidget(self.reset_button, 0, 3 * min(count, ACROSS_PER_ROW) + 1)
            col0 = 1
        elif title:
            grid.addWidget(self.title, 0, 0, 1, 2)
            grid.addWidget(self.reset_button, 0, 2)
            row0 = 1
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
            # across: at most ACROSS_PER_ROW per line, so each keeps a usable width on a 1024-px screen
            r, c = (row0 + k // ACROSS_PER_ROW, col0 + 3 * (k % ACROSS_PER_ROW)) if across else (row0 + k, 0)
            grid.addWidget(name, r, c)
            grid.addWidget(slider, r, c + 1)
            grid.addWidget(value, r, c + 2)
            if across:
                grid.setColumnStretch(c + 1, 1)
            self.names.append(name)
            self.sliders.append(slider)
            self.values.append(value)
        if not across:
            grid.setColumnStretch(1, 1)
        self.set_tips([])

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
            slider.setValue(int(round(v * TICKS)))
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
