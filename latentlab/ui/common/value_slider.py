"""A horizontal slider in prior standard deviations, shared by the explorer's latent sliders and
the compare view's principal-direction sliders: double-click asks to edit, right-click resets,
and an optional band (an encoded image's mean ± σ) is shaded behind the groove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QSlider

#: slider ticks per standard deviation (0.01 σ resolution)
TICKS = 100


class ValueSlider(QSlider):
    """A horizontal slider that asks to be edited on double-click and reset on right-click."""

    editRequested = Signal()
    resetRequested = Signal()

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if ev.button() == Qt.MouseButton.RightButton:
            self.resetRequested.emit()
            ev.accept()
            return
        super().mousePressEvent(ev)

    def mouseDoubleClickEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        self.editRequested.emit()
        ev.accept()

    def contextMenuEvent(self, ev) -> None:  # noqa: N802 - right-click resets instead
        ev.accept()

    #: (low, high) in σ shaded behind the groove — an encoded image's mean ± σ — or None
    band: tuple[float, float] | None = None

    def paintEvent(self, ev) -> None:  # noqa: N802
        if self.band is not None and self.maximum() > self.minimum():
            from PySide6.QtCore import QRectF
            from PySide6.QtGui import QColor, QPainter
            from PySide6.QtWidgets import QStyle, QStyleOptionSlider

            opt = QStyleOptionSlider()
            self.initStyleOption(opt)
            cc, style = QStyle.ComplexControl.CC_Slider, self.style()
            groove = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderGroove, self)
            handle = style.subControlRect(cc, opt, QStyle.SubControl.SC_SliderHandle, self)
            span = max(1, groove.width() - handle.width())

            def x(v: float) -> float:
                ticks = int(round(min(max(v * TICKS, self.minimum()), self.maximum())))
                return groove.x() + handle.width() / 2 + QStyle.sliderPositionFromValue(
                    self.minimum(), self.maximum(), ticks, span)

            lo, hi, mid = x(self.band[0]), x(self.band[1]), x((self.band[0] + self.band[1]) / 2)
            p = QPainter(self)
            y = groove.center().y()
            p.fillRect(QRectF(lo, y - 7, max(2.0, hi - lo), 14), QColor(230, 159, 0, 90))
            p.fillRect(QRectF(mid - 1, y - 7, 2, 14), QColor(213, 94, 0, 200))
            p.end()
        super().paintEvent(ev)
