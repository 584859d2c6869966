"""The slider strip under the image in presentation mode: what a teacher drags in front of a class.

Large, touch-sized controls for the sliders that matter (the first :data:`STRIP_DIRECTIONS`
directions of the current basis, e.g. the biggest principal directions or "3 → 8"), the seed
with *Random*, and the class of a conditional model. They write the same :class:`ExplorerState`
the normal sliders write (``set_coefficient``, ``randomize``, ``set_label``), so they send the
same render requests, and they follow the state back when anything else moves the point.
The presentation theme sizes their type and handles; the objects names here are its hooks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from latentlab.ui.common.i18n import basis_labels, class_name
from latentlab.ui.common.state import Basis, ExplorerState, ModelSummary
from latentlab.ui.common.value_slider import TICKS, ValueSlider

#: directions shown in the strip (two rows of two: big enough to touch, few enough to read)
STRIP_DIRECTIONS = 4
MAX_SEED = 2**31 - 1


class PresentationStrip(QWidget):
    """Big sliders for the current directions, seed / Random and class, bound to the state."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("presentationStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.names: list[QLabel] = []
        self.sliders: list[ValueSlider] = []

        self.seed_label = QLabel(self.tr("Seed"))
        self.seed_label.setObjectName("stripName")
        self.seed = QSpinBox()
        self.seed.setObjectName("stripSeed")
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(self.tr("The same seed always gives the same image"))
        self.seed.valueChanged.connect(self._on_seed)
        self.random = QPushButton(self.tr("Random"))
        self.random.setObjectName("stripRandom")
        self.random.setToolTip(self.tr("A new random point (R)"))
        self.random.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.random.clicked.connect(lambda: state.randomize())
        self.class_label = QLabel(self.tr("Class"))
        self.class_label.setObjectName("stripName")
        self.classes = QComboBox()
        self.classes.setObjectName("stripClass")
        self.classes.activated.connect(lambda i: state.set_label(self.classes.itemData(i)))

        # Stacked, not side by side: the strip must fit a 1024-px projector in big type.
        point = QGridLayout()
        point.addWidget(self.seed_label, 0, 0)
        point.addWidget(self.seed, 0, 1)
        point.addWidget(self.random, 1, 1)
        point.addWidget(self.class_label, 2, 0)
        point.addWidget(self.classes, 2, 1)
        self.directions = QGridLayout()
        self.directions.setHorizontalSpacing(18)
        for i in range(STRIP_DIRECTIONS):
            name = QLabel()
            name.setObjectName("stripName")
            slider = ValueSlider()
            slider.setObjectName("stripSlider")
            slider.setSingleStep(TICKS // 10)
            slider.setPageStep(TICKS // 2)
            slider.setMinimumWidth(120)
            slider.valueChanged.connect(lambda v, i=i: state.set_coefficient(i, v / TICKS))
            slider.resetRequested.connect(lambda i=i: state.set_coefficient(i, 0.0))
            row, col = divmod(i, 2)
            self.directions.addWidget(name, row, 2 * col)
            self.directions.addWidget(slider, row, 2 * col + 1)
            self.directions.setColumnStretch(2 * col + 1, 1)
            self.names.append(name)
            self.sliders.append(slider)
        point.setRowStretch(3, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(24)
        layout.addLayout(point)
        layout.addLayout(self.directions, 1)

        state.modelChanged.connect(self._on_model)
        state.basisChanged.connect(self._on_basis)
        state.latentChanged.connect(lambda _i: self._show_values())
        state.sliderRangeChanged.connect(lambda _r: self._on_basis(state.basis))
        state.seedChanged.connect(self._show_seed)
        state.labelChanged.connect(self._show_label)
        self._on_model(state.model)

    def retranslate_ui(self) -> None:
        """The language changed: the directions' and classes' names and the tooltips are built from
        the model and the basis (English ids, :meth:`~latentlab.ui.common.state.Basis.texts`), so :func:`~latentlab.ui.common.retranslate.retranslate_widgets`
        cannot map them; name them again from the state."""
        self._fill_classes(self.state.model)
        self._on_basis(self.state.basis)

    # --- state → strip ------------------------------------------------------------------------
    def _on_model(self, model: ModelSummary | None) -> None:
        self.setEnabled(model is not None)
        conditional = model is not None and model.conditional
        self.class_label.setVisible(conditional)
        self.classes.setVisible(conditional)
        self._fill_classes(model)
        prior = model is None or model.family is None or model.family.capabilities.samples_prior
        for w in (self.seed_label, self.seed, self.random):
            w.setVisible(prior)
        self._show_seed(self.state.seed)
        self._on_basis(self.state.basis)

    def _fill_classes(self, model: ModelSummary | None) -> None:
        self.classes.clear()
        if model is not None and model.conditional:
            for i, name in enumerate(model.class_names):
                self.classes.addItem(f"{i}: {class_name(name)}" if name != str(i) else name, i)
            self._show_label(self.state.label)

    def _on_basis(self, basis: Basis | None) -> None:
        size = basis.size if basis is not None else 0
        r = self.state.slider_range
        # the names as the sliders show them, in the UI language (a basis keeps its ids in English)
        labels = basis_labels(basis) if basis is not None else []
        tips = basis.texts()[0] if basis is not None else []  # rebuilt after a language switch
        for i, (name, slider) in enumerate(zip(self.names, self.sliders)):
            on = i < size and self.state.model is not None
            name.setVisible(on)
            slider.setVisible(on)
            if on:
                name.setText(labels[i])
                slider.setToolTip(tips[i] if i < len(tips) else labels[i])
                slider.blockSignals(True)
                slider.setRange(int(-r * TICKS), int(r * TICKS))
                slider.blockSignals(False)
        self._show_values()

    def _show_values(self) -> None:
        coeffs = self.state.coefficients
        for i, slider in enumerate(self.sliders):
            if i < len(coeffs) and not slider.isSliderDown():
                slider.blockSignals(True)
                slider.setValue(round(float(coeffs[i]) * TICKS))
                slider.blockSignals(False)

    def _show_seed(self, seed: int) -> None:
        self.seed.blockSignals(True)
        self.seed.setValue(min(int(seed), MAX_SEED))
        self.seed.blockSignals(False)

    def _show_label(self, label: int) -> None:
        j = self.classes.findData(label)
        if j >= 0:
            self.classes.setCurrentIndex(j)

    # --- strip → state --------------------------------------------------------------------------
    def _on_seed(self, value: int) -> None:
        if value != self.state.seed or not self.state.from_seed:
            self.state.set_seed(value)
