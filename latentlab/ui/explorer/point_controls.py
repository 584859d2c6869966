"""Where the point comes from: seed, Randomize, back to the origin, truncation (GANs), class (conditional models)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from latentlab.ui.common.i18n import class_name
from latentlab.ui.common.state import ExplorerState, ModelSummary

MAX_SEED = 2**31 - 1


class PointControls(QWidget):
    """Seed box, Randomize / Origin buttons, truncation ψ and the class selector."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(self.tr("The seed picks a random point reproducibly: the same seed always gives the same "
                                     "image. Type a number and press Enter to go there."))
        self.seed.valueChanged.connect(self._on_seed)
        # The range's 19 digits would ask for ~150 px; seeds R draws have 10 (1024-px screens).
        self.seed.setMinimumWidth(self.seed.fontMetrics().horizontalAdvance("0" * 10) + 30)

        self.random = QPushButton(self.tr("Randomize"))
        self.random.setToolTip(self.tr("Jump to a new random point of the prior (R). Its seed appears in the box, so you "
                                       "can come back to it."))
        self.random.clicked.connect(lambda: state.randomize())
        self.origin = QPushButton(self.tr("Origin"))
        self.origin.setToolTip(self.tr("Go back to the centre of the latent space, z = 0: the 'most average' point (Home)"))
        self.origin.clicked.connect(state.reset)

        self.trunc_label = QLabel(self.tr("Truncation ψ"))
        self.trunc = QDoubleSpinBox()
        self.trunc.setRange(0.05, 2.0)
        self.trunc.setSingleStep(0.05)
        self.trunc.setDecimals(2)
        self.trunc.setValue(1.0)
        self.trunc.setKeyboardTracking(False)
        self.trunc_slider = QSlider(Qt.Orientation.Horizontal)
        self.trunc_slider.setRange(5, 200)
        self.trunc_slider.setValue(100)
        tip = (self.tr("Truncation ψ scales random points towards the centre: below 1 the GAN's samples look cleaner "
                       "but more alike; above 1 more varied but stranger. It applies to Randomize and to the sample "
                       "grid."))
        for w in (self.trunc_label, self.trunc, self.trunc_slider):
            w.setToolTip(tip)
        self.trunc.valueChanged.connect(self._on_trunc_box)
        self.trunc_slider.valueChanged.connect(lambda v: self.trunc.setValue(v / 100))

        self.class_label = QLabel(self.tr("Class"))
        self.classes = QComboBox()
        self.classes.setToolTip(self.tr("This model draws the class you ask for: pick which one"))
        self.classes.activated.connect(lambda i: state.set_label(self.classes.itemData(i)))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Seed")), 0, 0)
        grid.addWidget(self.seed, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.random)
        buttons.addWidget(self.origin)
        grid.addLayout(buttons, 0, 2)
        grid.addWidget(self.trunc_label, 1, 0)
        grid.addWidget(self.trunc, 1, 1)
        grid.addWidget(self.trunc_slider, 1, 2)
        grid.addWidget(self.class_label, 2, 0)
        grid.addWidget(self.classes, 2, 1, 1, 2)
        grid.setColumnStretch(2, 1)

        state.modelChanged.connect(self._on_model)
        state.seedChanged.connect(self._show_seed)
        state.truncationChanged.connect(self._show_trunc)
        state.labelChanged.connect(self._show_label)
        self._on_model(state.model)

    def _on_model(self, model: ModelSummary | None) -> None:
        self.setEnabled(model is not None)
        truncates = model is not None and model.truncates
        for w in (self.trunc_label, self.trunc, self.trunc_slider):
            w.setVisible(truncates)
        cond = model is not None and model.conditional
        self.class_label.setVisible(cond)
        self.classes.setVisible(cond)
        self._fill_classes(model if cond else None)

    def _fill_classes(self, model: ModelSummary | None) -> None:
        self.classes.blockSignals(True)  # refilling is no choice of the user's
        self.classes.clear()
        if model is not None:
            for i, name in enumerate(model.class_names):
                self.classes.addItem(f"{i}: {class_name(name)}" if name != str(i) else name, i)
            self._show_label(self.state.label)
        self.classes.blockSignals(False)

    def retranslate_ui(self) -> None:
        """The language changed: the class names ("8: Taška") come from the model, so name them again."""
        model = self.state.model
        self._fill_classes(model if model is not None and model.conditional else None)

    def _on_seed(self, v: int) -> None:
        if v != self.state.seed or not self.state.from_seed:
            self.state.set_seed(v)

    def _on_trunc_box(self, v: float) -> None:
        self.trunc_slider.blockSignals(True)
        self.trunc_slider.setValue(int(round(v * 100)))
        self.trunc_slider.blockSignals(False)
        self.state.set_truncation(v)

    def _show_seed(self, seed: int) -> None:
        self.seed.blockSignals(True)
        self.seed.setValue(min(int(seed), MAX_SEED))
        self.seed.blockSignals(False)

    def _show_trunc(self, psi: float) -> None:
        self.trunc.blockSignals(True)
        self.trunc.setValue(psi)
        self.trunc.blockSignals(False)
        self.trunc_slider.blockSignals(True)
        self.trunc_slider.setValue(int(round(psi * 100)))
        self.trunc_slider.blockSignals(False)

    def _show_label(self, label: int) -> None:
        j = self.classes.findData(label)
        if j >= 0:
            self.classes.setCurrentIndex(j)
