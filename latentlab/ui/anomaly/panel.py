"""The anomaly-detection panel: score two image sets with the open model and show how they separate.

Scoring runs on a :class:`~latentlab.ui.common.background.Job` with its own copy of the model
(the renderer's copy stays free for the sliders); the numbers come from
:mod:`latentlab.core.anomaly`, which the ``latentlab anomaly`` command uses too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from latentlab.ui.common.messages import error_text
from latentlab.ui.common.background import Job
from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.qt_helpers import frame_to_qimage, shuts_down_once
from latentlab.ui.common.widgets import note_label, still_plot

#: outlier sets made from the normal images (``core.anomaly.outlier_images``)
MADE = ("noise", "inverted", "rotated")
#: images shown in each strip (most and least unusual)
STRIP = 8
NORMAL_COLOR, OUTLIER_COLOR = (0, 114, 178), (213, 94, 0)  # Okabe–Ito blue and vermillion


@dataclass
class AnomalyResult:
    """What one scoring run found; made on the job's thread, shown on the GUI thread."""

    score: str
    auc: float
    inlier_scores: np.ndarray
    outlier_scores: np.ndarray
    fpr: np.ndarray
    tpr: np.ndarray
    #: uint8 (2, STRIP·W, H…) montages: row 0 the images, row 1 the model's reconstructions
    unusual: np.ndarray
    typical: np.ndarray


def _subset(images: np.ndarray, n: int, seed: int) -> np.ndarray:
    if len(images) <= n:
        return images
    return images[np.sort(np.random.default_rng(seed).choice(len(images), n, replace=False))]


def _montage(originals: np.ndarray, recons: np.ndarray) -> np.ndarray:
    """uint8 (N, C, H, W) pairs → (2H+1, N(W+1), C) image: originals above, reconstructions below."""
    n, c, h, w = originals.shape
    out = np.full((2 * h + 1, n * (w + 1), c), 128, np.uint8)
    for i in range(n):
        out[:h, i * (w + 1):i * (w + 1) + w] = originals[i].transpose(1, 2, 0)
        out[h + 1:, i * (w + 1):i * (w + 1) + w] = recons[i].transpose(1, 2, 0)
    return out


def _reconstructions(model: Any, images: np.ndarray, should_stop: Any, steps: int) -> np.ndarray:
    """The model's best reconstruction of each image (encoder, or a short latent search)."""
    import torch

    from latentlab.core.invert import reconstruct
    from latentlab.core.pixels import to_uint8

    labels = range(model.num_classes) if getattr(model, "conditional", False) else [None]
    out = []
    for image in images:
        if should_stop():
            break
        x = torch.from_numpy(image.astype(np.float32) / 255.0)
        best = min((reconstruct(model, x, label, steps=steps, restarts=2) for label in labels), key=lambda r: r.error)
        out.append(to_uint8(best.image.unsqueeze(0))[0].transpose(2, 0, 1))
    return np.stack(out) if out else np.zeros((0, *images.shape[1:]), np.uint8)


def score_sets(path: str, device: str, inliers: np.ndarray, outlier_source: Any, score: str, seed: int,
               progress: Any, should_stop: Any, steps: int | None = None) -> AnomalyResult:
    """Load the model, score both sets and reconstruct the extremes (runs on the job's thread).

    ``steps``: of each latent search (inversion scores, and the GAN's reconstructions).
    """
    from latentlab.core.anomaly import INVERSION_STEPS

    from latentlab.core.anomaly import detect, outlier_images
    from latentlab.core.checkpoint import load_model

    model = load_model(path, device=device).eval()
    outliers = (outlier_images(outlier_source, inliers, seed=seed + 1) if isinstance(outlier_source, str)
                else outlier_source)
    steps = INVERSION_STEPS if steps is None else steps
    report = detect(model, inliers, outliers, score, seed=seed, should_stop=should_stop, inversion_steps=steps,
                    progress=lambda f: progress(0.9 * f))
    both = np.concatenate([inliers, outliers])
    scores = np.concatenate([report.inlier_scores, report.outlier_scores])
    order = np.argsort(scores, kind="stable")
    k = min(STRIP, len(order))
    unusual, typical = both[order[::-1][:k]], both[order[:k]]
    progress(0.92)
    strips = [_montage(group, _reconstructions(model, group, should_stop, steps)) for group in (unusual, typical)]
    progress(1.0)
    return AnomalyResult(report.score, report.auc, report.inlier_scores, report.outlier_scores,
                         report.fpr, report.tpr, *strips)


class AnomalyPanel(QWidget):
    """Choose the outliers and the score, run, and read histograms, ROC, AUC and example images."""

    message = Signal(str, str)  # level ("info" | "warning" | "error"), text
    resultReady = Signal(object)  # AnomalyResult

    def __init__(self, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._closed = False
        self._model: Any = None
        self._folder: Path | None = None
        self.result: AnomalyResult | None = None
        self.job = Job("anomaly", self)
        self.job.progress.connect(lambda f: self.progress.setValue(int(100 * f)))
        self.job.finished.connect(self._show)
        self.job.failed.connect(lambda exc: self._ended(self.tr("Scoring failed: {}").format(error_text(exc)),
                                                        "error"))
        self.job.cancelled.connect(lambda: self._ended(self.tr("Scoring cancelled."), "info"))
        self._build()
        self.setAcceptDrops(True)
        state.modelChanged.connect(self.set_model)
        self.set_model(state.model)

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.normal_label = QLabel()
        self.normal_label.setWordWrap(True)
        form.addRow(self.tr("Normal images:"), self.normal_label)
        self.outlier_box = QComboBox()
        self.outlier_box.activated.connect(self._outlier_chosen)
        form.addRow(self.tr("Outliers:"), self.outlier_box)
        self.score_box = QComboBox()
        self.score_box.currentIndexChanged.connect(self._explain_score)
        form.addRow(self.tr("Score:"), self.score_box)
        self.count_box = QSpinBox()
        self.count_box.setRange(10, 5000)
        self.count_box.setSingleStep(100)
        self.count_box.setValue(500)
        form.addRow(self.tr("Images per set:"), self.count_box)

        self.run_button = QPushButton(self.tr("Score"))
        self.run_button.setToolTip(self.tr("Score both sets with the open model"))
        self.run_button.clicked.connect(lambda: self.run())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.job.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)

        self.explain = note_label()
        self.status = note_label(object_name="status")

        self.histogram = still_plot("w", (220, 170), axis_pen="#444", text_pen="#222")
        self.histogram.setLabel("bottom", self.tr("score"))
        self.histogram.setLabel("left", self.tr("% of images"))
        # the two sets' colours named in the title: a legend box would cover the humps
        self.histogram.setTitle(self.tr("<span style='color:#0072b2'>normal</span> · "
                                        "<span style='color:#d55e00'>outliers</span>"))
        self.roc = still_plot("w", (170, 170), axis_pen="#444", text_pen="#222")
        self.roc.setLabel("bottom", self.tr("false alarms"))
        self.roc.setToolTip(self.tr("For every threshold on the score: the share of normal images flagged (false "
                                    "alarms) against the share of outliers caught"))
        self.roc.setLabel("left", self.tr("outliers caught"))
        self.roc.setXRange(0, 1, padding=0.02)
        self.roc.setYRange(0, 1, padding=0.02)
        self.roc.plot([0, 1], [0, 1], pen=pg.mkPen("#999", style=Qt.PenStyle.DashLine))
        plots = QGridLayout()
        for plot in (self.histogram, self.roc):
            plot.setMinimumHeight(200)
        plots.addWidget(self.histogram, 0, 0)
        plots.addWidget(self.roc, 0, 1)
        plots.setColumnStretch(0, 3)
        plots.setColumnStretch(1, 2)

        self.unusual_title = QLabel(self.tr("Most unusual (top: image, below: the model's reconstruction)"))
        self.unusual_view = QLabel()
        self.typical_title = QLabel(self.tr("Most typical"))
        self.typical_view = QLabel()
        for view in (self.unusual_view, self.typical_view):
            view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.explain)
        layout.addWidget(self.status)
        layout.addLayout(plots, 1)
        for w in (self.unusual_title, self.unusual_view, self.typical_title, self.typical_view):
            layout.addWidget(w)

    # --- the model and the choices -------------------------------------------------------------
    def set_model(self, model: Any) -> None:
        """Follow the open model: its data set is the normal set; its family decides the scores."""
        from latentlab.core import datasets

        self._model = model
        self.outlier_box.clear()
        self.score_box.clear()
        spec = datasets.find(model.dataset) if model is not None and model.dataset else None
        # without a data set of its own, a dropped folder is the normal set, not the outliers
        self._needs_normal = model is not None and (spec is None or not spec.has_sample)
        if model is None:
            self.normal_label.setText(self.tr("No model is open."))
        elif spec is None or not spec.has_sample:
            self.normal_label.setText(self.tr("This model's card names no data set with a sample: "
                                              "drop a folder of normal images here."))
        else:
            self.normal_label.setText(self.tr("a sample of {} (what the model was trained on)").format(spec.title))
        if model is not None:
            for name, other in datasets.specs().items():
                if other is not spec and other.has_sample and other.channels == model.image_shape[0]:
                    self.outlier_box.addItem(other.title, name)
            for kind, text in (("noise", self.tr("Random noise")), ("inverted", self.tr("Inverted normal images")),
                               ("rotated", self.tr("Normal images turned 90°"))):
                self.outlier_box.addItem(text, kind)
            self.outlier_box.addItem(self.tr("Images from a folder…"), "folder")
            if model.has_encoder:
                self.score_box.addItem(self.tr("Reconstruction error"), "recon")
                self.score_box.addItem(self.tr("Negative ELBO"), "elbo")
            self.score_box.addItem(self.tr("Inversion error (latent search)"), "inversion")
            self.count_box.setValue(500 if model.has_encoder else 100)
        self._folder = None
        self._normal_folder: Path | None = None
        self.run_button.setEnabled(model is not None)
        self._explain_score()

    def _explain_score(self) -> None:
        score = self.score_box.currentData()
        text = {
            "recon": self.tr("How far decode(encode(x)) is from x. A VAE rebuilds what it was trained on "
                             "well and anything else badly."),
            "elbo": self.tr("Reconstruction loss plus how far the image's code lies from the prior: the "
                            "VAE's own measure of how unlikely an image is."),
            "inversion": self.tr("A GAN has no encoder, so each image is scored by searching for the latent "
                                 "that draws it best. Slower (an optimisation per image) and weaker: a generator "
                                 "can often draw something close to an outlier too."),
        }.get(score, "")
        self.explain.setText(text)

    def _outlier_chosen(self, index: int) -> None:
        if self.outlier_box.itemData(index) == "folder":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of outlier images"))
            if folder:
                self.use_folder(Path(folder))

    def use_folder(self, folder: Path, normal: bool = False) -> None:
        """Take the images in ``folder`` as the outliers (or, with ``normal``, as the normal set)."""
        title = self.tr("Folder {}").format(folder.name)
        if normal:
            self._normal_folder = folder
            self.run_button.setEnabled(self._model is not None)
            self.normal_label.setText(title)
            return
        self._folder = folder
        index = self.outlier_box.findData(str(folder))
        if index < 0:
            self.outlier_box.addItem(title, str(folder))
            index = self.outlier_box.count() - 1
        self.outlier_box.setCurrentIndex(index)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            folder = path if path.is_dir() else path.parent
            self.use_folder(folder, normal=self._needs_normal and self._normal_folder is None)
            event.acceptProposedAction()
            return

    # --- running -------------------------------------------------------------------------------
    def _load_set(self, source: str, model: Any, n: int, seed: int) -> np.ndarray:
        from latentlab.core import datasets

        shape = tuple(model.image_shape)
        spec = datasets.find(source)
        data = (spec.load_sample(shape) if spec is not None
                else datasets.load_dataset(source, "test", image_shape=shape))
        return _subset(np.asarray(data.images), n, seed)

    def run(self, outliers: str | None = None, score: str | None = None, n: int | None = None, seed: int = 0,
            steps: int | None = None) -> bool:
        """Start scoring (arguments override the panel's choices); False when it cannot start.

        ``steps`` of each latent search: the default is :data:`latentlab.core.anomaly.INVERSION_STEPS`.
        """
        model = self._model
        if model is None or self.job.working:
            return False
        if outliers is not None:
            index = self.outlier_box.findData(outliers)
            if index < 0:
                raise KeyError(f"no outlier set {outliers!r} in the panel")
            self.outlier_box.setCurrentIndex(index)
        if score is not None:
            self.score_box.setCurrentIndex(max(0, self.score_box.findData(score)))
        if n is not None:
            self.count_box.setValue(n)
        source = self.outlier_box.currentData()
        if source == "folder":
            self.message.emit("info", self.tr("Choose the folder of outlier images first."))
            return False
        count = self.count_box.value()
        normal_source = str(self._normal_folder) if self._normal_folder is not None else model.dataset
        try:
            if not normal_source:
                raise ValueError(self.tr("This model's card names no data set: drop a folder of normal images here."))
            inliers = self._load_set(normal_source, model, count, seed)
            other = source if source in MADE else self._load_set(source, model, count, seed)
        except Exception as exc:  # a bad folder or a missing sample: say which, keep the panel
            self._ended(self.tr("Cannot read the images: {}").format(error_text(exc)), "error")
            return False
        path, device, chosen = model.path, model.device_spec, self.score_box.currentData()
        self.progress.setValue(0)
        self.status.setText(self.tr("Scoring {} normal images and their outliers…").format(len(inliers)))
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return self.job.start(lambda progress, should_stop: score_sets(
            path, device, inliers, other, chosen, seed, progress, should_stop, steps))

    def _ended(self, text: str, level: str) -> None:
        self.status.setText(text)
        self.run_button.setEnabled(self._model is not None)
        self.cancel_button.setEnabled(False)
        if level == "error":
            self.message.emit(level, text)

    def _show(self, result: AnomalyResult) -> None:
        self.result = result
        self._ended(fmt(self.tr("ROC AUC {:.3f}: the chance that an outlier scores above a normal image "
                            "(1 = always, 0.5 = a coin toss)."), result.auc), "info")
        self._plot(result)
        for view, strip in ((self.unusual_view, result.unusual), (self.typical_view, result.typical)):
            scale = max(1, min(4, 360 // max(1, strip.shape[1])))
            pixmap = QPixmap.fromImage(frame_to_qimage(strip, copy=True))
            view.setPixmap(pixmap.scaled(pixmap.width() * scale, pixmap.height() * scale,
                                         Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))
        self.resultReady.emit(result)

    def _plot(self, result: AnomalyResult) -> None:
        both = np.concatenate([result.inlier_scores, result.outlier_scores])
        positive = both.min() > 0
        # Scores often differ tenfold between the sets: a log axis keeps both humps visible.
        use_log = bool(positive and both.max() / both.min() > 20)
        values = [np.log10(s) if use_log else s for s in (result.inlier_scores, result.outlier_scores)]
        edges = np.histogram_bin_edges(np.concatenate(values), bins=40)
        self.histogram.clear()
        for v, color, name in ((values[0], NORMAL_COLOR, self.tr("normal")),
                               (values[1], OUTLIER_COLOR, self.tr("outliers"))):
            counts, _ = np.histogram(v, bins=edges)
            self.histogram.plot(edges, 100.0 * counts / max(1, len(v)), stepMode="center", fillLevel=0,
                                brush=(*color, 70), pen=pg.mkPen(color, width=2), name=name)
        self.histogram.setLabel("bottom", self.tr("score (log₁₀)") if use_log else self.tr("score"))
        self.roc.clear()
        self.roc.plot([0, 1], [0, 1], pen=pg.mkPen("#999", style=Qt.PenStyle.DashLine))
        self.roc.plot(result.fpr, result.tpr, pen=pg.mkPen(OUTLIER_COLOR, width=2))
        self.roc.setXRange(0, 1, padding=0.02)
        self.roc.setYRange(0, 1, padding=0.02)
        self.roc.setTitle(fmt(self.tr("AUC {:.3f}"), result.auc))

    @shuts_down_once
    def shutdown(self) -> None:
        """Stop a running job and wait for its thread (the window is closing)."""
        self.job.cancel()
        self.job.join(30.0)
