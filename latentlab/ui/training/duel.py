"""GAN vs WGAN-GP, side by side: the mode-collapse recipe trained with the plain GAN loss in one pane
and with the WGAN-GP loss in the other, from the same seed, on the same data, with the same
network size, batch and step budget (:func:`latentlab.train.duel.duel_configs`).

Each pane shows its fixed-latent sample grid, its losses and its class coverage over time: the
shares of the grid's 64 samples in each class as the dataset's classifier reads them, stacked
as coloured bands over the steps, with the normalised class entropy drawn over them (1: every
class equally often, 0: one class). A class watches one pane's bands narrow to a few colours
while the other's stay mixed, or sees that this seed did not collapse.

The run's log (``duel.json``, both models and the newest grids) is written into the run's
folder as it goes; Export figure draws it as one PNG with a sidecar
(:func:`latentlab.core.duel_figure.save_duel_figure`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from latentlab.train.presets import DUEL_WGAN_GP
from latentlab.ui.common.plot_style import style_plot_fonts
from latentlab.ui.common.widgets import note_label, pixel_view
from latentlab.ui.training.charts import (
    AXIS,
    CANVAS,
    composite,
    dark_plot,
    legend_html,
    legend_label,
    stacked,
)
from latentlab.ui.training.duel_worker import DuelRequest, DuelWorker

#: the recipe both panes train (read from latentlab/train/presets.py as it stands)
PRESET = "mode-collapse"
#: 600 generator steps of each: a duel alone took 313-337 s on a busy 2-core machine (one thread) and
#: WGAN-GP covered the digits more evenly than the plain recipe at the end in 5 of 5 seeds, the gap
#: showing from about step 300 (latentlab/train/duel.py, docs/dev/duel-seeds.md)
DEFAULTS = {"max_steps": 600, "sample_every": 25, "base_channels": 16, "batch_size": 64, "seed": 0}
PANE_COLORS = ("#d55e00", "#0072b2")  # plain GAN vermillion, WGAN-GP blue (as in the exported figure)
#: one colour per class band (matplotlib's tab10, as in the exported figure)
CLASS_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
                "#17becf")
#: per pane: loss key → (label, colour); only these are drawn
LOSSES = (
    {"g_loss": (QT_TRANSLATE_NOOP("DuelPane", "generator"), "#f5c542"),
     "d_loss": (QT_TRANSLATE_NOOP("DuelPane", "discriminator"), "#9ad0f5")},
    {"g_loss": (QT_TRANSLATE_NOOP("DuelPane", "generator"), "#f5c542"),
     "d_loss": (QT_TRANSLATE_NOOP("DuelPane", "critic"), "#9ad0f5"),
     "w_distance": (QT_TRANSLATE_NOOP("DuelPane", "Wasserstein estimate"), "#7ee0a1")},
)
DATASETS = ((QT_TRANSLATE_NOOP("DuelPanel", "MNIST (digits)"), "mnist"),
            (QT_TRANSLATE_NOOP("DuelPanel", "Fashion-MNIST (clothes)"), "fashion-mnist"))


class DuelPane(QWidget):
    """One side of the duel: title and recipe, sample grid, class coverage over time, losses."""

    def __init__(self, index: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName(f"duelPane{index}")
        self.title = QLabel(title)
        self.title.setObjectName("duelPaneTitle")
        self.title.setStyleSheet(f"color: {PANE_COLORS[index]}; font-weight: 700; font-size: 13pt;")
        self.recipe = note_label("", "hint")
        self.grid_view, self.grid_box, self.grid_item = pixel_view(CANVAS, 0.01, mouse=False)
        self.grid_view.setObjectName("duelGrid")
        self.grid_view.setMinimumSize(160, 160)
        self.grid_view.setToolTip(self.tr("What this generator draws now from 64 fixed latents (the same latents in "
                                          "both panes)"))
        self.grid_caption = QLabel(self.tr("Samples appear here"))
        self.grid_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.coverage_plot = dark_plot(self.tr("Class coverage over the steps"))
        self.coverage_plot.setObjectName("duelCoverage")
        self.coverage_plot.setMouseEnabled(False, False)
        self.coverage_plot.setYRange(0, 1, padding=0.02)
        self.coverage_plot.getAxis("bottom").setLabel(self.tr("step"), color=AXIS)
        self.coverage_plot.setToolTip(self.tr("Coloured bands: the share of the 64 samples in each class, as the "
                                              "dataset's classifier reads them. White line: class entropy (1 = every "
                                              "class equally often, 0 = one class only). Bands narrowing to a few "
                                              "colours is mode collapse. Dashed: what a perfect generator's 64 "
                                              "samples reach by chance."))
        self.entropy_curve = pg.PlotDataItem(pen=pg.mkPen("#ffffff", width=3), symbol="o", symbolSize=5,
                                             symbolBrush="#ffffff", symbolPen=None)
        self.ceiling_line = pg.InfiniteLine(pos=1.0, angle=0, pen=pg.mkPen("#e5e7eb", width=1,
                                                                             style=Qt.PenStyle.DashLine))
        self.coverage_plot.addItem(self.ceiling_line)
        self.bands: list[pg.PlotDataItem] = []
        self.fills: list[pg.FillBetweenItem] = []
        self.entropy_label = QLabel(self.tr("class entropy: –"))
        self.entropy_label.setObjectName("duelEntropy")
        self.entropy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entropy_label.setWordWrap(True)
        self.class_legend = legend_label("duelClassLegend")  # which band is which class

        self.loss_plot = dark_plot(self.tr("Losses"))
        self.loss_plot.setObjectName("duelLosses")
        self.loss_plot.getAxis("bottom").setLabel(self.tr("step"), color=AXIS)
        self.loss_legend = legend_label("duelLossLegend")
        self.curves: dict[str, pg.PlotDataItem] = {}

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(stacked(self.grid_caption, self.grid_view))
        split.addWidget(stacked(self.entropy_label, self.class_legend, self.coverage_plot))
        split.addWidget(stacked(self.loss_legend, self.loss_plot))
        split.setChildrenCollapsible(False)
        split.setSizes([420, 300, 220])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.title)
        lay.addWidget(self.recipe)
        lay.addWidget(split, 1)
        self.reset()

    def reset(self) -> None:
        """Empty charts for a new run."""
        self.curve_steps: list[int] = []
        self.curve_data: dict[str, list[float | None]] = {}
        self.coverage: Any = None  # latentlab.core.coverage_series.CoverageSeries once a reading came
        self.frames: np.ndarray | None = None
        self.last_progress: Any = None
        for item in self.curves.values():
            self.loss_plot.removeItem(item)
        self.curves.clear()
        for item in self.bands + self.fills:
            self.coverage_plot.removeItem(item)
        self.bands, self.fills = [], []
        if self.entropy_curve.scene() is not None:
            self.coverage_plot.removeItem(self.entropy_curve)
        self.entropy_curve.setData([], [])
        self.loss_legend.setText("")
        self.class_legend.setText("")
        self.grid_item.clear()
        self.grid_caption.setText(self.tr("Samples appear here"))
        self.entropy_label.setText(self.tr("class entropy: –"))

    def add_curve(self, steps: list[int], losses: dict[str, list[float | None]]) -> None:
        self.curve_steps.extend(steps)
        for key, values in losses.items():
            column = self.curve_data.setdefault(key, [None] * (len(self.curve_steps) - len(steps)))
            column.extend(values)
        x = np.asarray(self.curve_steps, np.float64)
        labels = LOSSES[self.index]
        for key, (label, colour) in labels.items():
            if key not in self.curve_data:
                continue
            item = self.curves.get(key)
            if item is None:
                item = self.loss_plot.plot(pen=pg.mkPen(colour, width=2.5), connect="finite")
                self.curves[key] = item
                self.loss_legend.setText(legend_html([(self.tr(v[0]), v[1]) for k, v in labels.items()
                                                      if k in self.curves]))
            y = np.asarray([np.nan if v is None else v for v in self.curve_data[key]], np.float64)
            item.setData(x[-len(y):], y)

    def add_samples(self, step: int, frames: Any, coverage: dict[str, Any] | None) -> None:
        from latentlab.core.coverage_series import CoverageSeries, sampling_ceiling

        self.frames = frames
        self.grid_item.setImage(composite(frames), autoLevels=False)
        self.grid_box.autoRange(padding=0.01)
        self.grid_caption.setText(self.tr("Samples after {steps} steps").format(steps=f"{step:,}"))
        if not coverage:
            return
        if self.coverage is None:
            self.coverage = CoverageSeries(coverage.get("class_names") or range(len(coverage["histogram"])))
            self.ceiling_line.setPos(sampling_ceiling(max(2, int(coverage.get("n") or 64)), len(self.coverage.class_names)))
            self.coverage_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1)]])
            self.class_legend.setText(legend_html([(name, CLASS_COLORS[j % len(CLASS_COLORS)])
                                                   for j, name in enumerate(self.coverage.class_names)]))
        self.coverage.add(step, coverage)
        self._draw_coverage()

    def _draw_coverage(self) -> None:
        series = self.coverage
        x = np.asarray(series.steps, np.float64)
        cumulative = np.cumsum(np.asarray(series.shares, np.float64), axis=1)  # (readings, K)
        k = cumulative.shape[1]
        if not self.bands:  # K+1 band edges (the first at 0) and K fills between them
            for j in range(k + 1):
                edge = pg.PlotDataItem(x, cumulative[:, j - 1] if j else np.zeros_like(x), pen=pg.mkPen(None))
                self.coverage_plot.addItem(edge)
                self.bands.append(edge)
            for j in range(k):
                colour = pg.mkColor(CLASS_COLORS[j % len(CLASS_COLORS)])
                colour.setAlpha(200)
                fill = pg.FillBetweenItem(self.bands[j], self.bands[j + 1], brush=pg.mkBrush(colour))
                self.coverage_plot.addItem(fill)
                self.fills.append(fill)
            self.coverage_plot.addItem(self.entropy_curve)  # over the bands
        self.bands[0].setData(x, np.zeros_like(x))
        for j in range(k):
            self.bands[j + 1].setData(x, cumulative[:, j])
        self.entropy_curve.setData(x, np.asarray(series.entropy, np.float64))
        last = series.last()
        hist = np.asarray(last["shares"])
        top = int(hist.argmax())
        missing = int((hist == 0).sum())
        text = self.tr("class entropy {value} at step {step} (1 = even)").format(value=f"{last['entropy']:.2f}",
                                                                                 step=f"{last['step']:,}")
        text += "\n" + self.tr("most drawn: {name} {share}").format(name=series.class_names[top],
                                                                   share=f"{hist[top]:.0%}")
        if missing:
            text += " · " + self.tr("{n} of {k} classes never drawn").format(n=missing, k=len(hist))
        self.entropy_label.setText(text)

    def set_status(self, p: Any) -> None:
        self.last_progress = p

    def style_plots(self, px: int | None) -> None:
        for plot in (self.coverage_plot, self.loss_plot):
            style_plot_fonts(plot, px)


class DuelPanel(QWidget):
    """The duel: a few settings and Start / Stop / Export above the two panes."""

    message = Signal(str, str)  # level ("info" | "warning" | "error"), text
    runFinished = Signal(str)  # outcome
    figureSaved = Signal(str)  # an exported PNG

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duelPanel")
        self.worker = DuelWorker(self)
        #: tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields
        self.dataset_override: Any = None
        self.config_overrides: dict[str, Any] = {}
        self.log_data: dict[str, Any] | None = None  # the run's log as the worker last sent it
        self.run_folder = ""
        self.model_files: list[str] = []
        self.outcome = ""
        self._build()
        w = self.worker
        w.note.connect(self._on_note)
        w.curve.connect(lambda pane, steps, losses: self.panes[pane].add_curve(steps, losses))
        w.status.connect(self._on_status)
        w.samples.connect(lambda pane, step, frames, cov: self.panes[pane].add_samples(step, frames, cov))
        w.logged.connect(self._on_logged)
        w.finished.connect(self._on_finished)
        self._sync_buttons()

    def _build(self) -> None:
        self.dataset = QComboBox()
        for title, key in DATASETS:
            self.dataset.addItem(self.tr(title), key)
        self.steps = self._spin(10, 1_000_000, DEFAULTS["max_steps"],
                                self.tr("Generator steps of each run. The WGAN-GP critic learns on {n} batches per "
                                        "generator step, the plain discriminator on one, so the WGAN-GP side takes "
                                        "longer").format(n=DUEL_WGAN_GP["critic_steps"]))
        self.width_box = self._spin(4, 128, DEFAULTS["base_channels"],
                                    self.tr("Channels of the first layer, the same in both runs. 16 trains about 4× "
                                            "faster than 32 on a laptop CPU."))
        self.batch = self._spin(4, 1024, DEFAULTS["batch_size"], self.tr("Images per training step, the same in both"))
        self.every = self._spin(1, 100_000, DEFAULTS["sample_every"],
                                self.tr("How often the grids and the class coverage are read"))
        self.every.setSuffix(self.tr(" steps"))
        self.seed = self._spin(0, 2**31 - 1, DEFAULTS["seed"],
                               self.tr("Both runs start from this seed: the same first generator, data order and "
                                       "grid latents. Try a few: one run shows one seed, not how often a recipe "
                                       "collapses."))
        self.use_sample = QCheckBox(self.tr("Use the bundled sample if missing"))
        self.use_sample.setChecked(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Data"), self.dataset), (self.tr("Steps"), self.steps),
                              (self.tr("Width"), self.width_box), (self.tr("Batch size"), self.batch),
                              (self.tr("Grid every"), self.every), (self.tr("Seed"), self.seed)):
            form.addRow(label, widget)
        form.addRow("", self.use_sample)
        self.start_button = QPushButton(self.tr("Start both"))
        self.start_button.setObjectName("duelStart")
        self.start_button.setToolTip(self.tr("Train the plain GAN and the WGAN-GP from scratch, one step of each in "
                                             "turn"))
        self.start_button.clicked.connect(lambda: self.start())
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("duelStop")
        self.stop_button.setToolTip(self.tr("End both runs now; their models and the log so far are kept"))
        self.stop_button.clicked.connect(lambda: self.stop())
        self.export_button = QPushButton(self.tr("Export figure…"))
        self.export_button.setObjectName("duelExport")
        self.export_button.setToolTip(self.tr("Save both panes (grids, class coverage over time, losses) as one PNG "
                                              "for slides, with a .json sidecar holding the run's log"))
        self.export_button.clicked.connect(self.export_figure_dialog)
        buttons = QHBoxLayout()
        for b in (self.start_button, self.stop_button, self.export_button):
            buttons.addWidget(b)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.status_label = note_label(self.tr("Not started"), "duelStatus")
        self.note_label = note_label("", "hint")
        self.explain = note_label(self.tr(
            "The mode-collapse recipe, trained twice: with the plain GAN loss on the left and with the WGAN-GP loss "
            "(a Wasserstein critic with a gradient penalty, and its own optimiser settings) on the right. Same seed, "
            "data, network size, batch and number of generator steps."), "hint")
        controls = QWidget()
        controls.setObjectName("duelControls")
        col = QVBoxLayout(controls)
        col.setContentsMargins(2, 2, 6, 2)
        col.addWidget(self.explain)
        col.addLayout(form)
        col.addLayout(buttons)
        col.addWidget(self.progress)
        col.addWidget(self.status_label)
        col.addWidget(self.note_label)
        col.addStretch(1)
        controls.setMaximumWidth(380)

        self.panes = (DuelPane(0, self.tr("Plain GAN")), DuelPane(1, self.tr("WGAN-GP")))
        self._describe_recipes()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(controls)
        for pane in self.panes:
            split.addWidget(pane)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)

    def _spin(self, lo: int, hi: int, value: int, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(lo, hi)
        box.setValue(value)
        box.setToolTip(tip)
        return box

    def _describe_recipes(self) -> None:
        plain, wgan = (c.resolved() for c in self.build_configs(Path("preview")))
        self.panes[0].recipe.setText(self.tr("{loss} loss, {norm}, {n} generator steps per step · lr {lr:g}").format(
            loss=plain.gan_loss, n=plain.g_steps, lr=plain.lr,
            norm=self.tr("spectral norm") if plain.spectral_norm else self.tr("no spectral norm")))
        self.panes[1].recipe.setText(self.tr("Wasserstein critic, gradient penalty λ {gp:g}, one generator step per "
                                             "{n} critic steps · lr {lr:g}").format(gp=wgan.gp_weight,
                                                                                    n=wgan.critic_steps, lr=wgan.lr))

    # --- settings and running ---------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        return {"dataset": self.dataset.currentData(), "max_steps": self.steps.value(),
                "base_channels": self.width_box.value(), "batch_size": self.batch.value(),
                "sample_every": self.every.value(), "seed": self.seed.value()}

    def build_configs(self, folder: Path) -> tuple[Any, Any]:
        """The two runs for the fields: :func:`latentlab.train.duel.duel_configs` of the recipe."""
        from latentlab.train import TrainConfig
        from latentlab.train.duel import duel_configs
        from latentlab.train.presets import preset_family

        s = self.settings()
        cores = os.cpu_count() or 2
        base = TrainConfig(kind=preset_family(PRESET).name, dataset=s["dataset"], out=str(folder / "model.safetensors"),
                           seed=s["seed"], write_files=False, command=self.tr("latentlab (GAN vs WGAN-GP)"))
        # One training thread on small machines leaves a core for the window and the renderer.
        # The seed goes in after the recipe, which names its own (the mode-collapse one: seed 1).
        fields = {k: s[k] for k in ("max_steps", "base_channels", "batch_size", "sample_every", "seed")}
        fields["threads"] = 1 if cores <= 4 else cores // 2
        return duel_configs(base, PRESET, **{**fields, **self.config_overrides})

    @property
    def running(self) -> bool:
        return self.worker.running

    def start(self) -> bool:
        """Start both runs with the current fields; False if a duel is still running."""
        from latentlab.core.paths import user_cache_dir

        if self.worker.running:
            self._say("warning", self.tr("The duel is still running: stop it first"))
            return False
        stamp = time.strftime("%Y%m%d-%H%M%S")
        folder = user_cache_dir() / "live-training" / f"duel-{self.dataset.currentData()}-{stamp}"
        configs = self.build_configs(folder)
        for pane in self.panes:
            pane.reset()
        self.log_data, self.outcome, self.run_folder = None, "", str(folder)
        self.model_files = [str(folder / Path(c.out).name) for c in configs]
        self.note_label.setText("")
        self.progress.setMaximum(max(1, configs[0].max_steps or 1))
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Starting both runs…"))
        names = (self.panes[0].title.text(), self.panes[1].title.text())
        self.worker.start(DuelRequest(configs=configs, names=names, preset=PRESET, folder=str(folder),
                                      dataset=self.dataset_override, allow_sample=self.use_sample.isChecked()))
        self._sync_buttons()
        return True

    def stop(self, wait: bool = False, timeout: float = 60.0) -> bool:
        if not self.worker.running:
            return True
        self.status_label.setText(self.tr("Stopping (saving both models so far)…"))
        return self.worker.stop(wait=wait, timeout=timeout)

    def shutdown(self, timeout: float = 60.0) -> None:
        """Stop the duel and wait for its thread (window closing)."""
        self.worker.stop(wait=True, timeout=timeout)

    # --- export -------------------------------------------------------------------------------------
    def export_figure(self, path: str | Path, width: int = 1600) -> Path | None:
        """Write the duel as one PNG with a sidecar; None (and a message) when there is nothing or it fails."""
        from latentlab.core.duel_figure import save_duel_figure
        from latentlab.ui.common.i18n import current_language
        from latentlab.ui.common.messages import error_text

        if self.log_data is None:
            self._say("warning", self.tr("Nothing to export yet: start the duel and wait for the first grids"))
            return None
        try:
            out = save_duel_figure(path, self.log_data, [p.frames for p in self.panes], self.model_files,
                                   width=width, lang=current_language())
        except Exception as exc:  # noqa: BLE001 (one message naming the file and the problem)
            self._say("error", self.tr("Could not export the figure: {problem}").format(problem=error_text(exc)))
            return None
        self._say("info", self.tr("Saved the figure to {path}").format(path=out))
        self.figureSaved.emit(str(out))
        return out

    def export_figure_dialog(self) -> None:
        start = str(Path(self.run_folder or Path.home()) / "gan-vs-wgan-gp.png")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the duel as a figure"), start,
                                              self.tr("PNG images (*.png)"))
        if path:
            self.export_figure(path)

    # --- updates from the worker ---------------------------------------------------------------------
    def _on_status(self, pane: int, p: Any) -> None:
        self.panes[pane].set_status(p)
        steps = [q.last_progress.step if q.last_progress is not None else 0 for q in self.panes]
        total = max(1, int(p.total_steps))
        self.progress.setMaximum(total)
        self.progress.setValue(min(min(steps), total))
        self.status_label.setText(self.tr("step {a:,} (plain GAN) and {b:,} (WGAN-GP) of {total:,}").format(
            a=steps[0], b=steps[1], total=total))

    def _on_logged(self, data: dict[str, Any]) -> None:
        self.log_data = data
        self._sync_buttons()

    def _on_finished(self, outcome: str, text: str) -> None:
        self.outcome = outcome
        if outcome == "failed":
            self.status_label.setText(self.tr("The duel failed"))
            self._say("error", self.tr("The duel failed: {text}").format(text=text))
        else:
            self.status_label.setText(text)
            self._say("info", text)
        self._sync_buttons()
        self.runFinished.emit(outcome)

    def _on_note(self, text: str, detail: str) -> None:
        self.note_label.setText(text)
        self.note_label.setToolTip(detail)
        self.message.emit("info", f"{text} {detail}".strip())

    def _say(self, level: str, text: str) -> None:
        if level != "info":
            self.note_label.setText(text)
        self.message.emit(level, text)

    def _sync_buttons(self) -> None:
        running = self.worker.running
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.export_button.setEnabled(self.log_data is not None)
        for w in (self.dataset, self.steps, self.width_box, self.batch, self.every, self.seed, self.use_sample):
            w.setEnabled(not running)

    def style_plots(self, px: int | None) -> None:
        for pane in self.panes:
            pane.style_plots(px)

