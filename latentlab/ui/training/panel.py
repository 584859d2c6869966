"""Live training: pick data, model kind and a few hyper-parameters, press Start, and watch the
losses, a fixed-latent sample grid and (for GANs on a known dataset) the class coverage change.

The run itself happens in :class:`~latentlab.ui.training.worker.TrainingWorker` (a background job running
the same loop as ``latentlab train``); this widget only builds the config, shows what comes
back, and offers pause / resume / stop, saving the result to the user's models and opening it
in the explorer. Over 600 lines: the form, the three charts (re-arranged to the width) and the worker's updates are one
panel, and each update writes its numbers in the UI language.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.family_text import family_title
from latentlab.ui.common.i18n import class_name, fmt, number, plural_suffix
from latentlab.ui.common.plot_style import style_plot_fonts
from latentlab.ui.common.widgets import pixel_view
from latentlab.ui.training.charts import (
    AXIS, CANVAS, bar_colour, composite, dark_plot, legend_html, legend_label, short_class, stacked,
)
from latentlab.ui.training.worker import RunRequest, TrainingWorker

#: loss key → (label, colour); only the ones a model kind reports are drawn
LOSSES = {
    "g_loss": (QT_TRANSLATE_NOOP("TrainingPanel", "generator"), "#f28e2b"),
    "d_loss": (QT_TRANSLATE_NOOP("TrainingPanel", "discriminator"), "#4e9af1"),
    "recon": (QT_TRANSLATE_NOOP("TrainingPanel", "reconstruction"), "#59c24f"),
    "kl": (QT_TRANSLATE_NOOP("TrainingPanel", "KL"), "#e15759"),
}
#: combo title → preset key (None: the fields as they are)
PRESET_TITLES = ((QT_TRANSLATE_NOOP("TrainingPanel", "Stable GAN"), "stable"),
                 (QT_TRANSLATE_NOOP("TrainingPanel", "Mode collapse (GAN)"), "mode-collapse"),
                 (QT_TRANSLATE_NOOP("TrainingPanel", "VAE"), "vae"), (QT_TRANSLATE_NOOP("TrainingPanel", "Custom"), None))
PRESET_TIPS = {
    "stable": QT_TRANSLATE_NOOP("TrainingPanel", "The recipe the bundled GANs were trained with: spectral norm, hinge "
                                                 "loss, one generator step per critic step. The sample grid keeps its "
                                                 "variety."),
    "mode-collapse": QT_TRANSLATE_NOOP("TrainingPanel", "Settings that make a GAN draw only a few digits on MNIST: a "
                                       "latent of just 2 numbers, no spectral norm, the plain (BCE) loss and a large step "
                                       "size. Watch the grid repeat a few shapes and hop from one digit to another, and "
                                       "the coverage chart go lopsided."),
    "vae": QT_TRANSLATE_NOOP("TrainingPanel", "A variational autoencoder: reconstruction + KL loss; blurrier, but it "
                                              "covers every class."),
}
DATASETS = ((QT_TRANSLATE_NOOP("TrainingPanel", "MNIST (digits)"), "mnist"),
            (QT_TRANSLATE_NOOP("TrainingPanel", "Fashion-MNIST (clothes)"), "fashion-mnist"))
#: chosen for a 2-core laptop CPU: a GAN of width 16 draws recognisable digits after ~800 steps
#: (batch 64), about 14 steps/s on one busy core; width 32 is about 4× slower
DEFAULTS = {"batch_size": 64, "epochs": 5, "sample_every": 100, "base_channels": 16}
#: the class coverage chart's narrowest width: ten readable bars, its title and caption unclipped
COVERAGE_MIN_WIDTH = 300


def _hyper(preset: str | None) -> dict[str, Any]:
    from latentlab.train.presets import PRESETS

    return dict(PRESETS.get(preset or "", {}))


def safe_name(text: str) -> str:
    """A file-name-safe model name ("My GAN 2" → "My-GAN-2")."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", text.strip()).strip("-.")
    return name[:80]


class TrainingPanel(QWidget):
    """Controls on the left; sample grid, class coverage and loss curves on the right."""

    openRequested = Signal(str)  # a model file to open in the explorer
    modelSaved = Signal(str)  # a model file written to the user's models
    message = Signal(str, str)  # level ("info" | "warning" | "error"), text
    runFinished = Signal(str)  # outcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.worker = TrainingWorker(self)
        #: tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields
        self.dataset_override: Any = None
        self.config_overrides: dict[str, Any] = {}
        self.curve_steps: list[int] = []
        self.curve_data: dict[str, list[float]] = {}
        self.coverage: dict[str, Any] | None = None
        self.sample_frames: np.ndarray | None = None
        self.last_progress: Any = None
        self.result_path = ""
        self.outcome = ""
        self._run_label = ""
        self._started_at = 0.0
        self._font_px: int | None = None

        self._build_controls()
        self._build_views()
        splitter = self.main_split = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        w = self.worker
        w.note.connect(self._on_note)
        w.curve.connect(self._on_curve)
        w.status.connect(self._on_status)
        w.samples.connect(self._on_samples)
        w.pausedChanged.connect(self._on_paused)
        w.finished.connect(self._on_finished)
        self.set_preset("stable")
        self._sync_buttons()

    # --- building ---------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.controls = QWidget()
        self.controls.setObjectName("trainingControls")
        self.preset = QComboBox()
        for title, key in PRESET_TITLES:
            self.preset.addItem(self.tr(title), key)
            if key:
                self.preset.setItemData(self.preset.count() - 1, self.tr(PRESET_TIPS[key]), Qt.ItemDataRole.ToolTipRole)
        self.preset.setToolTip(self.tr("Ready-made settings. 'Mode collapse' shows a GAN forgetting most classes; "
                                       "compare it with 'Stable GAN'."))
        self.preset.activated.connect(lambda i: self.set_preset(self.preset.itemData(i)))
        self.dataset = QComboBox()
        for title, key in DATASETS:
            self.dataset.addItem(self.tr(title), key)
        self.dataset.setToolTip(self.tr("What the model learns to draw"))
        self.use_sample = QCheckBox(self.tr("Use the bundled sample if missing"))
        self.use_sample.setChecked(True)
        self.use_sample.setToolTip(self.tr("When the full dataset is not installed, train on the 2,000-image sample that "
                                           "ships with latentlab (enough to see digits appear)"))
        from latentlab.core import families

        self.kind = QComboBox()
        for family in families.trainable():
            if family.capabilities.generates:  # feature networks are trained with `latentlab train`
                self.kind.addItem(family_title(family), family.name)
        self.kind.setToolTip(self.tr("GANs learn by a game between a generator and a discriminator; VAEs by rebuilding "
                                     "images. Conditional models are told which class to draw."))
        self.kind.activated.connect(self._on_kind_picked)
        self.latent = QSpinBox()
        self.latent.setRange(2, 512)
        self.latent.setToolTip(self.tr("How many numbers the generator turns into an image"))
        self.lr = QDoubleSpinBox()
        self.lr.setDecimals(5)
        self.lr.setRange(0.00001, 0.1)
        self.lr.setSingleStep(0.0001)
        self.lr.setToolTip(self.tr("Learning rate: how big each training step is. Too large makes GANs unstable."))
        self.batch = QSpinBox()
        self.batch.setRange(4, 1024)
        self.batch.setValue(DEFAULTS["batch_size"])
        self.batch.setToolTip(self.tr("Images per training step (64 keeps a laptop CPU responsive)"))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 1000)
        self.epochs.setValue(DEFAULTS["epochs"])
        self.epochs.setToolTip(self.tr("Passes over the training images (you can stop at any time; the model is saved)"))
        self.width_box = QSpinBox()
        self.width_box.setRange(4, 128)
        self.width_box.setValue(DEFAULTS["base_channels"])
        self.width_box.setToolTip(self.tr("Channels of the first layer (the network's width). 16 trains about 4× faster "
                                          "than 32 on a laptop CPU and is enough for digits."))
        self.every = QSpinBox()
        self.every.setRange(1, 100000)
        self.every.setValue(DEFAULTS["sample_every"])
        plural_suffix(self.every, lambda n: self.tr("%n step(s)", "", n))
        self.every.setToolTip(self.tr("How often the sample grid (and the coverage chart) are redrawn"))
        for w in (self.latent, self.lr, self.batch, self.epochs, self.every, self.width_box):
            w.valueChanged.connect(self._custom)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Preset"), self.preset)
        self.form.addRow(self.tr("Data"), self.dataset)
        self.form.addRow("", self.use_sample)
        self.form.addRow(self.tr("Model"), self.kind)
        self.form.addRow(self.tr("Latent size"), self.latent)
        self.form.addRow(self.tr("Learning rate"), self.lr)
        self.form.addRow(self.tr("Batch size"), self.batch)
        self.form.addRow(self.tr("Epochs"), self.epochs)
        self.form.addRow(self.tr("Width"), self.width_box)
        self.form.addRow(self.tr("Grid every"), self.every)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("trainStart")
        self.start_button.setToolTip(self.tr("Train a new model from scratch with these settings"))
        self.start_button.clicked.connect(lambda: self.start())
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Hold training between two steps (Resume carries on exactly there)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End the run now; the model so far is saved and can be opened"))
        self.stop_button.clicked.connect(lambda: self.stop())
        buttons = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)

        self.status_label = QLabel(self.tr("Not started"))
        self.status_label.setObjectName("trainStatus")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.note_label = QLabel("")
        self.note_label.setObjectName("hint")
        self.note_label.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name in My models"))
        self.name.setToolTip(self.tr("The file name the model gets in your models folder"))
        self.save_button = QPushButton(self.tr("Save to my models"))
        self.save_button.setToolTip(self.tr("Copy the trained model into your models folder, where the model list finds it"))
        self.save_button.clicked.connect(lambda: self.save_to_models())
        self.open_button = QPushButton(self.tr("Open in explorer"))
        self.open_button.setToolTip(self.tr("Explore the trained model's latent space in the main window"))
        self.open_button.clicked.connect(self.open_in_explorer)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.open_button)

        col = QVBoxLayout(self.controls)
        col.setContentsMargins(2, 2, 6, 2)
        col.addLayout(self.form)
        col.addLayout(buttons)
        col.addWidget(self.progress)
        col.addWidget(self.status_label)
        col.addWidget(self.note_label)
        col.addStretch(1)
        col.addWidget(self.name)
        col.addLayout(save_row)

    def _build_views(self) -> None:
        self.views = QWidget()
        # sample grid: one reused ImageItem, pixel-exact
        self.grid_view, self.grid_box, self.grid_item = pixel_view(CANVAS, 0.01, mouse=False)
        self.grid_view.setObjectName("trainingGrid")
        self.grid_view.setToolTip(self.tr("What the generator draws right now from 64 fixed latents: the same cell always "
                                          "shows the same latent, so you can watch each one change"))
        self.grid_view.setMinimumSize(180, 180)
        self.grid_caption = QLabel(self.tr("Samples appear here"))
        self.grid_caption.setObjectName("trainGridCaption")
        self.grid_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_caption.setWordWrap(True)
        grid_col = QVBoxLayout()
        grid_col.setContentsMargins(0, 0, 0, 0)
        grid_col.addWidget(self.grid_view, 1)
        grid_col.addWidget(self.grid_caption)
        grid_box = QWidget()
        grid_box.setLayout(grid_col)

        # coverage: fraction of the grid's samples per predicted class
        self.coverage_plot = dark_plot(self.tr("Class coverage"))
        self.coverage_plot.setObjectName("trainingCoverage")
        self.coverage_plot.setYRange(0, 50, padding=0)
        self.coverage_plot.setMouseEnabled(False, False)
        self.coverage_plot.setToolTip(self.tr("A classifier decides which class each sample shows. Even bars: every class "
                                              "is drawn about equally often. Lopsided bars: mode collapse."))
        self.coverage_plot.getAxis("left").setLabel(self.tr("% of samples"), color=AXIS)
        self.coverage_plot.getAxis("left").enableAutoSIPrefix(False)
        self.bars = pg.BarGraphItem(x=np.arange(10), height=np.zeros(10), width=0.7, brush="#4e9af1")
        self.coverage_plot.addItem(self.bars)
        self.uniform_line = pg.InfiniteLine(pos=10, angle=0, pen=pg.mkPen("#f5f5f5", width=2,
                                                                           style=Qt.PenStyle.DashLine))
        self.coverage_plot.addItem(self.uniform_line)
        self.entropy_label = QLabel(self.tr("class entropy: –"))
        self.entropy_label.setObjectName("trainEntropy")
        self.entropy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entropy_label.setWordWrap(True)
        self.entropy_label.setToolTip(self.tr("1 = every class equally often, 0 = only one class (total mode "
                                              "collapse)"))
        cov_col = QVBoxLayout()
        cov_col.setContentsMargins(0, 0, 0, 0)
        cov_col.addWidget(self.coverage_plot, 1)
        cov_col.addWidget(self.entropy_label)
        self.coverage_box = QWidget()
        self.coverage_box.setLayout(cov_col)
        # wide enough for ten labelled bars, the whole title and a caption that wraps between phrases
        self.coverage_box.setMinimumWidth(COVERAGE_MIN_WIDTH)

        top = self.samples_split = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(grid_box)
        top.addWidget(self.coverage_box)
        top.setChildrenCollapsible(False)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([500, 400])

        # loss curves
        self.loss_plot = dark_plot(self.tr("Losses"))
        self.loss_plot.setObjectName("trainingLosses")
        self.loss_plot.getAxis("bottom").setLabel(self.tr("step"), color=AXIS)
        self.loss_legend = legend_label("trainLossLegend")  # above the plot, never over the curves
        self.loss_plot.setToolTip(self.tr("Training losses, averaged over a few steps. A GAN's two losses push against "
                                          "each other, so they wobble instead of falling; they do not show mode collapse."))
        self.curves: dict[str, pg.PlotDataItem] = {}

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(stacked(self.loss_legend, self.loss_plot))
        right.setSizes([600, 350])
        lay = QVBoxLayout(self.views)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(right)

    def fit_width(self, width: int) -> None:
        """Arrange the parts to ``width`` px: form, grid and coverage side by side when they fit, the grid above
        the coverage when not, and the form above the charts on the narrowest screens."""
        form = self.controls.minimumSizeHint().width()
        charts = max(self.grid_view.minimumWidth(), COVERAGE_MIN_WIDTH)
        for split, fits in ((self.samples_split, width >= form + self.grid_view.minimumWidth() + COVERAGE_MIN_WIDTH + 40),
                            (self.main_split, width >= form + charts + 30)):
            orientation = Qt.Orientation.Horizontal if fits else Qt.Orientation.Vertical
            if split.orientation() != orientation:
                split.setOrientation(orientation)
        # one above the other, the chart keeps a readable height (the panel scrolls down instead)
        self.coverage_box.setMinimumHeight(0 if self.samples_split.orientation() == Qt.Orientation.Horizontal else 220)

    # --- settings ------------------------------------------------------------------------------------
    def set_preset(self, key: str | None) -> None:
        """Fill the fields from a preset (``None``: Custom, fields unchanged)."""
        i = self.preset.findData(key)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(i if i >= 0 else self.preset.count() - 1)
        self.preset.blockSignals(False)
        if not key:
            return
        hp = _hyper(key)
        for w in (self.latent, self.lr):
            w.blockSignals(True)
        self.latent.setValue(int(hp.get("latent_dim", 64)))
        self.lr.setValue(float(hp.get("lr", 2e-4)))
        for w in (self.latent, self.lr):
            w.blockSignals(False)
        from latentlab.core import families
        from latentlab.train.presets import preset_family, presets_for

        # A GAN preset keeps a conditional GAN conditional (the recipe applies to both).
        if key not in presets_for(families.get(self.kind.currentData())):
            self.kind.setCurrentIndex(self.kind.findData(preset_family(key).name))
        self.preset.setToolTip(self.tr(PRESET_TIPS[key]) if key in PRESET_TIPS else "")

    def _custom(self, *_a) -> None:
        if self.preset.currentData() is not None:
            self.preset.setCurrentIndex(self.preset.count() - 1)

    def _on_kind_picked(self, _i: int) -> None:
        from latentlab.core import families
        from latentlab.train.presets import presets_for

        preset = self.preset.currentData()
        fitting = presets_for(families.get(self.kind.currentData()))
        if preset and preset not in fitting:
            self.set_preset(fitting[0] if fitting else None)

    def configure(self, preset: str | None = None, kind: str | None = None, dataset: str | None = None) -> None:
        """Set what a lesson step asks for (unknown values are ignored)."""
        if preset:
            self.set_preset(preset)
        if kind and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        if dataset:
            key = dataset.strip().lower().replace("_", "-")
            key = {"fashionmnist": "fashion-mnist", "fmnist": "fashion-mnist"}.get(key, key)
            if self.dataset.findData(key) >= 0:
                self.dataset.setCurrentIndex(self.dataset.findData(key))

    def settings(self) -> dict[str, Any]:
        """What the fields say now (the lesson player compares these before restarting a run)."""
        return {"preset": self.preset.currentData(), "kind": self.kind.currentData(),
                "dataset": self.dataset.currentData(), "latent_dim": self.latent.value(),
                "lr": round(self.lr.value(), 6), "batch_size": self.batch.value(), "epochs": self.epochs.value(),
                "base_channels": self.width_box.value()}

    def build_config(self) -> Any:
        """The TrainConfig for the fields (preset hyper-parameters included)."""
        from dataclasses import replace

        from latentlab.core.paths import user_cache_dir
        from latentlab.train import TrainConfig
        from latentlab.train.presets import apply_preset

        s = self.settings()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        run_dir = user_cache_dir() / "live-training" / f"{s['kind']}-{s['dataset']}-{stamp}"
        config = TrainConfig(kind=s["kind"], dataset=s["dataset"], out=str(run_dir / "model.safetensors"),
                             write_files=False, command=self.tr("latentlab (live training panel)"))
        if s["preset"]:
            config = apply_preset(config, s["preset"])
        # One training thread on small machines leaves a core for the window and the renderer.
        cores = os.cpu_count() or 2
        config = replace(config, kind=s["kind"], dataset=s["dataset"], latent_dim=s["latent_dim"], lr=s["lr"],
                         batch_size=s["batch_size"], epochs=s["epochs"], sample_every=self.every.value(),
                         base_channels=s["base_channels"], threads=1 if cores <= 4 else cores // 2)
        if self.config_overrides:
            config = replace(config, **self.config_overrides)
        return config

    # --- running ---------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.worker.running

    def start(self, dataset: Any = None) -> bool:
        """Start a new run with the current fields (stop the old one first). False if one runs."""
        if self.worker.running:
            self._say("warning", self.tr("A run is still going: stop it first"))
            return False
        config = self.build_config()
        data = dataset if dataset is not None else self.dataset_override
        self.curve_steps, self.curve_data = [], {}
        for item in self.curves.values():
            self.loss_plot.removeItem(item)
        self.curves.clear()
        self.loss_legend.setText("")
        self.coverage = None
        self.sample_frames = None
        self.grid_item.clear()
        self.bars.setOpts(height=np.zeros(10))
        self.entropy_label.setText(self.tr("class entropy: –"))
        self.grid_caption.setText(self.tr("Samples appear here"))
        self.note_label.setText("")
        self.result_path = ""
        self.outcome = ""
        self.last_progress = None
        self._started_at = time.perf_counter()
        preset = self.preset.currentText() if self.preset.currentData() else self.tr("custom settings")
        self._run_label = f"{self.kind.currentText()} · {preset}"
        self.status_label.setText(self.tr("Starting {run}…").format(run=self._run_label))
        self.worker.start(RunRequest(config=config, dataset=data, allow_sample=self.use_sample.isChecked()))
        if not self.name.text().strip():
            self.name.setText(self.tr("my-{kind}-{dataset}").format(kind=config.kind, dataset=config.dataset))
        self._sync_buttons()
        return True

    def pause(self) -> None:
        self.worker.pause()

    def resume(self) -> None:
        self.worker.resume()

    def toggle_pause(self) -> None:
        if self.worker.paused:
            self.resume()
        else:
            self.pause()

    def stop(self, wait: bool = False, timeout: float = 60.0) -> bool:
        """End the run (it saves what it has); with ``wait``, block until the thread has ended."""
        if not self.worker.running:
            return True
        self.status_label.setText(self.tr("Stopping (saving the model so far)…"))
        return self.worker.stop(wait=wait, timeout=timeout)

    def shutdown(self, timeout: float = 60.0) -> None:
        """Stop any run and wait for its thread (window closing)."""
        self.worker.stop(wait=True, timeout=timeout)

    # --- results ----------------------------------------------------------------------------------------
    def save_to_models(self, name: str | None = None) -> Path | None:
        """Copy the finished run's model to ``user_models_dir()/<name>.safetensors``."""
        from latentlab.core.paths import user_models_dir

        if not self.result_path or not Path(self.result_path).is_file():
            self._say("warning", self.tr("Nothing to save yet: train a model (or stop a run) first"))
            return None
        name = safe_name(name if name is not None else self.name.text())
        if not name:
            self._say("warning", self.tr("Give the model a name first"))
            return None
        target = user_models_dir() / f"{name}.safetensors"
        if target.exists():
            self._say("warning", self.tr("{target} already exists: choose another name").format(target=target))
            return None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            shutil.copyfile(self.result_path, tmp)
            tmp.replace(target)
        except OSError as exc:
            self._say("error", self.tr("Could not save the model to {target}: {x0}").format(
                target=target, x0=exc.strerror or exc))
            return None
        self.result_path = str(target)
        self._say("info", self.tr("Saved {name} to your models ({target})").format(name=name, target=target))
        self.modelSaved.emit(str(target))
        return target

    def open_in_explorer(self) -> None:
        if not self.result_path or not Path(self.result_path).is_file():
            self._say("warning", self.tr("Nothing to open yet: train a model (or stop a run) first"))
            return
        self.openRequested.emit(self.result_path)

    # --- updates from the worker --------------------------------------------------------------------------
    def _on_curve(self, steps: list[int], losses: dict[str, list[float]]) -> None:
        self.curve_steps.extend(steps)
        for key, values in losses.items():
            self.curve_data.setdefault(key, []).extend(values)
        x = np.asarray(self.curve_steps, np.float64)
        for key, (label, colour) in LOSSES.items():
            if key not in self.curve_data:
                continue
            item = self.curves.get(key)
            if item is None:
                item = self.loss_plot.plot(name=self.tr(label), pen=pg.mkPen(colour, width=2.5))
                self.curves[key] = item
                self.loss_legend.setText(legend_html([v for k, v in LOSSES.items() if k in self.curves]))
                if self._font_px:
                    style_plot_fonts(self.loss_plot, self._font_px)
            y = np.asarray(self.curve_data[key], np.float64)
            item.setData(x[-len(y):], y)

    def _on_status(self, p: Any) -> None:
        self.last_progress = p
        total = max(1, int(p.total_steps))
        self.progress.setMaximum(total)
        self.progress.setValue(min(int(p.step), total))
        rate = float(p.steps_per_s or 0.0)
        text = fmt(self.tr("step {step:,} / {total:,} · epoch {epoch} · {rate:.1f} steps/s"), step=int(p.step),
                   total=total, epoch=p.epoch, rate=rate)
        if rate > 0 and p.step < total:
            left = (total - p.step) / rate
            text += (fmt(self.tr(" · {minutes:.0f} min left"), minutes=left / 60) if left >= 90 else
                     fmt(self.tr(" · {left:.0f} s left"), left=left))
        if self.worker.paused:
            text = self.tr("Paused at {status}").format(status=text)
        self.status_label.setText(text)

    def _on_samples(self, step: int, frames: Any, coverage: Any) -> None:
        if frames is None:
            return
        self.sample_frames = frames
        self.grid_item.setImage(composite(frames), autoLevels=False)
        self.grid_box.autoRange(padding=0.01)
        self.grid_caption.setText(self.tr("Samples after {steps} steps").format(steps=number(step, ",")))
        self.coverage = coverage
        if coverage:
            hist = np.asarray(coverage["histogram"], np.float64)
            k = len(hist)
            names = [class_name(n) for n in coverage.get("class_names") or []] or [str(i) for i in range(k)]
            self.bars.setOpts(x=np.arange(k), height=hist * 100, width=0.7, brushes=[bar_colour(h, k) for h in hist])
            self.uniform_line.setPos(100.0 / k)  # the even share
            self.coverage_plot.getAxis("bottom").setTicks([[(i, short_class(n)) for i, n in enumerate(names)]])
            self.coverage_plot.setYRange(0, max(50.0, float(hist.max()) * 110), padding=0)
            missing = int((hist == 0).sum())
            # its own line: the caption wraps between the two facts, not inside one
            extra = ("" if not missing else "\n" + self.tr("1 class never drawn") if missing == 1
                     else "\n" + self.tr("{n} classes never drawn").format(n=missing))
            self.entropy_label.setText(self.tr("class entropy {value} (1 = even)").format(
                value=number(coverage["entropy"], ".2f")) + extra)

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if self.last_progress is not None:
            self._on_status(self.last_progress)
        elif paused:
            self.status_label.setText(self.tr("Paused"))

    def _on_finished(self, outcome: str, path: str, text: str) -> None:
        self.outcome = outcome
        self.result_path = path
        self.pause_button.setText(self.tr("Pause"))
        if outcome == "failed":
            self.status_label.setText(self.tr("Training failed"))
            self._say("error", self.tr("Training failed: {text}").format(text=text))
        else:
            self.status_label.setText(text)
            self._say("info", text)
        self._sync_buttons()
        self.runFinished.emit(outcome)

    def _sync_buttons(self) -> None:
        running = self.worker.running
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        done = bool(self.result_path) and not running
        self.save_button.setEnabled(done)
        self.open_button.setEnabled(done)
        for w in (self.dataset, self.use_sample, self.kind, self.latent, self.lr, self.batch, self.epochs,
                  self.every, self.width_box, self.preset):
            w.setEnabled(not running)

    def _on_note(self, text: str, detail: str) -> None:
        self.note_label.setText(text)
        self.note_label.setToolTip(detail)
        self.message.emit("info", f"{text} {detail}".strip())

    def _say(self, level: str, text: str) -> None:
        if level != "info":
            self.note_label.setText(text)
            self.note_label.setToolTip("")
        self.message.emit(level, text)

    # --- presentation --------------------------------------------------------------------------------------
    def set_compact(self, on: bool) -> None:
        """Hide the hyper-parameter rows (presentation mode keeps preset, buttons and status)."""
        for w in (self.dataset, self.use_sample, self.kind, self.latent, self.lr, self.batch, self.epochs,
                  self.every, self.width_box, self.name, self.save_button, self.open_button):
            w.setVisible(not on)
            label = self.form.labelForField(w)
            if label is not None:
                label.setVisible(not on)

    def style_plots(self, px: int | None) -> None:
        """Axis fonts of the charts at ``px`` pixels (None: the defaults)."""
        self._font_px = px
        for plot in (self.loss_plot, self.coverage_plot):
            style_plot_fonts(plot, px)


__all__ = ["TrainingPanel", "safe_name", "style_plot_fonts", "LOSSES"]
