"""One slider per latent dimension (or per direction of the chosen basis), in prior standard deviations.

Drag a slider, press the arrow keys, double-click to type a value, right-click to reset it to 0.
The basis selector on top switches between the raw axes and fitted directions; in a fitted basis
the sliders are amounts added to the point where the basis was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import basis_labels, class_name, fmt, number
from latentlab.ui.common.state import BASES, Basis, ExplorerState, ModelSummary, basis_title
from latentlab.ui.common.value_slider import TICKS, ValueSlider

#: most sliders built at once; more dimensions than this show the first ones and say so
MAX_ROWS = 512

BASIS_TIPS = {
    "raw": QT_TRANSLATE_NOOP("basis", "Each slider moves one coordinate of the latent vector z, the numbers the model "
                                      "turns into a picture."),
    "pca": QT_TRANSLATE_NOOP("basis", "Sliders move along the directions in which the latents vary most (principal "
                                      "components), biggest first: usually the most visible changes."),
    "class": QT_TRANSLATE_NOOP("basis", "Sliders move from the average of one class towards the average of another, "
                                        "e.g. '3 → 8'."),
    "attribute": QT_TRANSLATE_NOOP("basis", "Sliders move along directions fitted to measurable properties of the "
                                            "images: stroke thickness, slant and width."),
}


def basis_tip(key: str) -> str:
    return QCoreApplication.translate("basis", BASIS_TIPS[key])


class ValueEdit(QLineEdit):
    """Shows the value; becomes editable on double-click (or when the slider asks)."""

    committed = Signal(float)

    def __init__(self) -> None:
        super().__init__()
        # The value is shown the language's way ("+0,50" in Czech) and typed either way: a point or a comma.
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[+-−]?\d{0,6}([.,]\d{0,4})?")))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(58)
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.returnPressed.connect(self._commit)
        self.editingFinished.connect(self._finish)

    def begin(self) -> None:
        self.setReadOnly(False)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.selectAll()

    def mouseDoubleClickEvent(self, ev) -> None:  # noqa: N802
        self.begin()

    def keyPressEvent(self, ev) -> None:  # noqa: N802
        if ev.key() == Qt.Key.Key_Escape and not self.isReadOnly():
            self.setReadOnly(True)
            self.clearFocus()
            return
        super().keyPressEvent(ev)

    def _commit(self) -> None:
        if self.isReadOnly():
            return
        try:
            value = float(self.text().replace(",", ".").replace("−", "-"))
        except ValueError:
            return
        self.setReadOnly(True)
        self.clearFocus()
        self.committed.emit(value)

    def _finish(self) -> None:
        if not self.isReadOnly():
            self._commit()
            self.setReadOnly(True)


class SliderRow:
    """Label, slider and value box for one direction."""

    def __init__(self, index: int, grid: QGridLayout, row: int, on_change, on_reset) -> None:
        self.index = index
        self.name = QLabel()
        self.name.setObjectName("sliderName")
        self.slider = ValueSlider()
        self.value = ValueEdit()
        self.slider.setSingleStep(TICKS // 10)
        self.slider.setPageStep(TICKS // 2)
        self.slider.valueChanged.connect(lambda v: on_change(index, v / TICKS))
        self.slider.resetRequested.connect(lambda: on_reset(index))
        self.slider.editRequested.connect(self.value.begin)
        self.value.committed.connect(lambda v: on_change(index, v))
        grid.addWidget(self.name, row, 0)
        grid.addWidget(self.slider, row, 1)
        grid.addWidget(self.value, row, 2)

    def set_text(self, name: str, tip: str) -> None:
        self.name.setText(name)
        how = (QCoreApplication.translate("SliderRow", "Drag, or use the arrow keys (0.1 σ steps; Page Up/Down: 0.5 σ). Double-click to type a "
                       "value, right-click to put it back to 0."))
        full = f"<b>{name}</b><br>{tip}<br><i>{how}</i>" if tip else f"<b>{name}</b><br><i>{how}</i>"
        for w in (self.name, self.slider, self.value):
            w.setToolTip(full)

    def set_range(self, r: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(int(-r * TICKS), int(r * TICKS))
        self.slider.blockSignals(False)

    def show_value(self, v: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(int(round(v * TICKS)))
        self.slider.blockSignals(False)
        if self.value.isReadOnly():
            self.value.setText(number(v, "+.2f"))

    def set_visible(self, on: bool) -> None:
        for w in (self.name, self.slider, self.value):
            w.setVisible(on)


class _SliderBody(QWidget):
    """The sliders' container; opaque, so it paints its theme background itself."""

    def paintEvent(self, ev) -> None:  # noqa: N802 (Qt API)
        # Qt skips the style-sheet background of widgets marked opaque; draw it (clipped to
        # the dirty strip) the way a styled plain QWidget would.
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        opt = QStyleOption()
        opt.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, opt, painter, self)
        painter.end()


class LatentSliders(QWidget):
    """Basis selector + scrollable sliders, bound to :class:`ExplorerState`."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[SliderRow] = []
        self._note = ""

        self.basis_combo = QComboBox()
        for key in BASES:
            self.basis_combo.addItem(basis_title(key), key)
        self.basis_combo.setToolTip(self.tr("What the sliders move along.") + " " + " ".join(map(basis_tip, BASES)))
        self.basis_combo.activated.connect(self._on_basis_picked)

        self.src_combo = QComboBox()
        self.src_combo.setToolTip(self.tr("The class the directions start from: each slider then leads towards another class"))
        self.src_combo.activated.connect(self._on_src_picked)
        self.src_label = QLabel(self.tr("from"))
        self.src_mean = QPushButton(self.tr("Go to mean"))
        self.src_mean.setToolTip(self.tr("Jump to the average point of this class"))
        self.src_mean.clicked.connect(self._go_to_mean)

        self.range_combo = QComboBox()
        for r in (2.0, 3.0, 4.0, 5.0):
            self.range_combo.addItem(f"±{r:g} σ", r)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.setToolTip(self.tr("How far the sliders reach, in standard deviations of the prior. Almost "
                                            "all training samples lie within ±3."))
        self.range_combo.activated.connect(lambda i: state.set_slider_range(self.range_combo.itemData(i)))

        self.status = QLabel("")
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        basis_label = QLabel(self.tr("Sliders move along"))
        top.addWidget(basis_label, 0, 0)
        top.addWidget(self.basis_combo, 0, 1, 1, 2)
        top.addWidget(self.src_label, 1, 0)
        top.addWidget(self.src_combo, 1, 1)
        top.addWidget(self.src_mean, 1, 2)
        top.addWidget(QLabel(self.tr("Range")), 2, 0)
        top.addWidget(self.range_combo, 2, 1, 1, 2)
        top.setColumnStretch(1, 1)

        self.body = _SliderBody()
        self.body.setObjectName("sliderBody")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(2, 2, 6, 2)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        # The body paints its own (theme) background and declares itself opaque, so a moving
        # slider repaints only the body's strip, not every panel up to the main window behind
        # it: that repaint, running beside the decode, was the largest part of slider latency.
        # Every theme gives #sliderBody a background. Set after setWidget, which resets it.
        self.body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)

        state.modelChanged.connect(self._on_model)
        state.basisChanged.connect(self._on_basis)
        state.latentChanged.connect(self._on_latent)
        state.sliderRangeChanged.connect(self._on_range)
        state.busyChanged.connect(self._on_busy)
        if hasattr(state, "bandsChanged"):  # ±σ of an encoded image (encode panel), raw axes only
            state.bandsChanged.connect(lambda _b: self._show_bands())
            state.basisChanged.connect(lambda _b: self._show_bands())
        self._on_model(state.model)

    # --- building ----------------------------------------------------------------------------
    def _ensure_rows(self, n: int) -> None:
        n = min(n, MAX_ROWS)
        while len(self.rows) < n:
            i = len(self.rows)
            row = SliderRow(i, self.grid, i, self._on_slider, self._on_reset_one)
            row.set_range(self.state.slider_range)
            self.rows.append(row)
        for i, row in enumerate(self.rows):
            row.set_visible(i < n)
        self.grid.setRowStretch(len(self.rows), 1)

    def _on_model(self, model: ModelSummary | None) -> None:
        self.setEnabled(model is not None)
        self._show_basis_items(model)
        self.basis_combo.setCurrentIndex(0)
        self._show_src(False)
        self._note = ""
        self.status.setText("")

    def _show_basis_items(self, model: ModelSummary | None) -> None:
        """Each basis offered: enabled, or disabled with the reason in its tip."""
        for i in range(self.basis_combo.count()):
            key = self.basis_combo.itemData(i)
            reason = model.basis_unavailable.get(key) if model is not None else self.tr("Open a model first")
            item = self.basis_combo.model().item(i)
            item.setEnabled(not reason)
            item.setToolTip(reason or basis_tip(key))

    def retranslate_ui(self) -> None:
        """The language changed: name the directions and the classes again, and explain them again.

        The slider names ("úsměv", "PC1 (12 %)", "Kabát → Taška"), their tooltips, the class
        picker and the note under the picker (what the directions were fitted on) are built from
        the basis, not set once from a message, so :mod:`~latentlab.ui.common.retranslate`
        cannot reverse them; the basis keeps the English ids and the values its texts are
        written from (:meth:`~latentlab.ui.common.state.Basis.texts`), which are written again here.
        """
        self._show_basis_items(self.state.model)
        self._on_basis(self.state.basis)

    def _show_src(self, on: bool) -> None:
        for w in (self.src_label, self.src_combo, self.src_mean):
            w.setVisible(on)

    def _on_basis(self, basis: Basis) -> None:
        i = self.basis_combo.findData(basis.key)
        if i >= 0:
            self.basis_combo.setCurrentIndex(i)
        self._ensure_rows(basis.size)
        tips, source = basis.texts()  # in the UI language now, also after a switch
        for i, (row, name) in enumerate(zip(self.rows, basis_labels(basis))):
            row.set_text(name, tips[i] if i < len(tips) else "")
        is_class = basis.key == "class"
        self._show_src(is_class)
        if is_class:
            names = basis.extra.get("class_names", [])
            present = basis.extra.get("present", [])
            self.src_combo.blockSignals(True)
            self.src_combo.clear()
            for c in present:
                self.src_combo.addItem(class_name(names[c]), c)
            j = self.src_combo.findData(basis.extra.get("src"))
            self.src_combo.setCurrentIndex(max(j, 0))
            self.src_combo.blockSignals(False)
        note = ""
        if basis.size > MAX_ROWS:
            note = self.tr("Showing the first {MAX_ROWS} of {size} sliders.").format(MAX_ROWS=MAX_ROWS, size=basis.size)
        elif basis.key != "raw" and source:
            note = self.tr("Fitted on {x0}. Sliders add to the point you were at.").format(x0=source)
        self._note = note
        self.status.setText(note)
        self._on_latent(None)

    def _on_latent(self, indices) -> None:
        coeffs = self.state.coefficients
        idx = range(min(len(coeffs), len(self.rows))) if indices is None else indices
        for i in idx:
            if i < len(self.rows):
                self.rows[i].show_value(float(coeffs[i]))

    def _on_range(self, r: float) -> None:
        for row in self.rows:
            row.set_range(r)
        j = self.range_combo.findData(r)
        if j >= 0:
            self.range_combo.setCurrentIndex(j)
        self._on_latent(None)

    def _on_busy(self, what: str) -> None:
        self.status.setText(what or self._note)

    def _show_bands(self) -> None:
        bands = self.state.bands if self.state.basis.key == "raw" else None
        for i, row in enumerate(self.rows):
            band = None
            if bands is not None and i < len(bands[0]):
                m, s = float(bands[0][i]), float(bands[1][i])
                band = (m - s, m + s)
            tip = row.slider.toolTip().split("<br><span class='band'>")[0]
            if band is not None:
                tip += "<br><span class='band'>" + fmt(self.tr(
                    "Shaded: the encoded image's mean {mean:+.2f} ± σ {sigma:.2f} (where the encoder thinks this "
                    "number lies)"), mean=m, sigma=s) + "</span>"
            row.slider.setToolTip(tip)
            if row.slider.band != band:
                row.slider.band = band
                row.slider.update()

    # --- user input --------------------------------------------------------------------------
    def _on_slider(self, index: int, value: float) -> None:
        self.state.set_coefficient(index, value)
        if index < len(self.rows) and self.rows[index].value.isReadOnly():
            self.rows[index].value.setText(number(value, "+.2f"))
        if abs(value) > self.state.slider_range:  # typed beyond the slider's reach
            self.rows[index].show_value(value)

    def _on_reset_one(self, index: int) -> None:
        self.state.set_coefficient(index, 0.0)

    def _on_basis_picked(self, i: int) -> None:
        key = self.basis_combo.itemData(i)
        if key == self.state.basis.key and key != "class":
            return
        options = {}
        if key == "class":
            options["src"] = self.src_combo.currentData() if self.src_combo.count() else None
        # The combo shows the request while it is fitted; basisChanged confirms (or reverts) it.
        self.state.request_basis(key, options)

    def _on_src_picked(self, i: int) -> None:
        self.state.request_basis("class", {"src": self.src_combo.itemData(i)})

    def _go_to_mean(self) -> None:
        means = self.state.basis.extra.get("means")
        src = self.src_combo.currentData()
        if means is not None and src is not None:
            self.state.set_z(means[src])

    # --- for tests and keyboard focus --------------------------------------------------------
    def slider(self, index: int) -> ValueSlider:
        return self.rows[index].slider
