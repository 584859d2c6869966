"""Put a real picture into latent space: VAEs encode it, GANs search for it (inversion).

Drop an image (PNG, JPG, any size or mode: it is converted to the model's shape and shown as
converted) or take one from the dataset sample. The original and the model's redrawing are shown
side by side with the error; for a VAE the sliders show the encoder's mean with ±σ bands and the
strip below plots mean ± σ for every dimension. A GAN inversion runs in the background with a
progress bar and a Cancel button. The result can be bookmarked or added to the path.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import class_name, number
from latentlab.ui.common.plot_style import locale_axes
from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.common.widgets import note_label

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.webp *.gif *.tif *.tiff);;All files (*)"
PICTURE = 96  # on-screen size of the original and the reconstruction


def _pixmap(frame: np.ndarray, size: int = PICTURE) -> QPixmap:
    img = frame_to_qimage(frame, copy=True)
    return QPixmap.fromImage(img.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.FastTransformation))


class DropArea(QLabel):
    """A picture slot that also says where to drop."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setObjectName("dropArea")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFixedSize(PICTURE + 8, PICTURE + 8)
        self.setStyleSheet("#dropArea { border: 1px dashed #9a9a9a; border-radius: 4px; color: #6b6b6b;"
                           " background: #f4f4f4; }")


class EncodePanel(QWidget):
    """The encode/invert panel; ``tools`` is the :class:`~latentlab.ui.latent.tools.LatentTools`."""

    def __init__(self, state: ExplorerState, tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encodePanel")
        self.setAcceptDrops(True)
        self.state = state
        self.tools = tools
        self.result = None

        self.original = DropArea(self.tr("Drop an\nimage here\n(PNG, JPG…)"))
        self.original.setToolTip(self.tr("The image as the model sees it: converted to its size and colours"))
        self.recon = DropArea("")
        self.recon.setToolTip(self.tr("What the model draws from the latent it found for the image"))
        self.original_caption = QLabel(self.tr("original (converted)"))
        self.recon_caption = QLabel(self.tr("model's redrawing"))
        for lab in (self.original_caption, self.recon_caption):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setObjectName("hint")

        self.open_button = QPushButton(self.tr("Open image…"))
        self.open_button.setToolTip(self.tr("Pick a PNG or JPG file (any size: it is converted to the model's shape)"))
        self.open_button.clicked.connect(self.open_dialog)
        self.sample_spin = QSpinBox()
        self.sample_spin.setRange(0, 1999)
        self.sample_spin.setPrefix("#")
        self.sample_spin.setToolTip(self.tr("Which image of the bundled test sample (2,000 images, 200 per class)"))
        self.sample_button = QPushButton(self.tr("Test image"))
        self.sample_button.setToolTip(self.tr("Encode this image of the dataset's bundled test sample"))
        self.sample_button.clicked.connect(lambda: self.encode_sample(self.sample_spin.value()))
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setToolTip(self.tr("A random image of the test sample"))
        self.random_button.clicked.connect(self._random_sample)
        self.class_combo = QComboBox()
        self.class_combo.setToolTip(self.tr("The class the (conditional) model is told the image belongs to"))
        self.class_label = QLabel(self.tr("Class"))

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("step %v of %m"))
        self.progress.setToolTip(self.tr("GAN inversion: how many optimisation steps are done"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the search; the best match so far is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.steps_spin = QSpinBox()
        self.steps_spin.setRange(10, 5000)
        self.steps_spin.setSingleStep(50)
        self.steps_spin.setValue(tools.invert_steps)
        self.steps_spin.setSuffix(self.tr(" steps"))
        self.steps_spin.setToolTip(self.tr("GAN inversion: optimisation steps (more: closer match, longer wait)"))
        self.steps_spin.valueChanged.connect(lambda v: setattr(self.tools, "invert_steps", int(v)))

        self.error_label = note_label("", "encodeError", shrink=False)
        self.info = note_label(shrink=False)
        for lab in (self.info, self.error_label):
            lab.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            lab.setMinimumWidth(150)
            lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.go_button = QPushButton(self.tr("Go to point"))
        self.go_button.setToolTip(self.tr("Make the image's latent the current point (done automatically when it is found)"))
        self.go_button.clicked.connect(lambda: self.tools.go_to_encoding())
        self.bookmark_button = QPushButton(self.tr("Bookmark"))
        self.bookmark_button.setToolTip(self.tr("Keep the image's point in Bookmarks"))
        self.bookmark_button.clicked.connect(lambda: self.tools.bookmark_encoding())
        self.keyframe_button = QPushButton(self.tr("Add to path"))
        self.keyframe_button.setToolTip(self.tr("Use the image's point as the next keyframe of the path"))
        self.keyframe_button.clicked.connect(lambda: self.tools.add_encoding())

        # mean ± σ per dimension (VAEs), the current point as dots
        self.sigma_plot = pg.PlotWidget(background="#fbfbfb", axisItems=locale_axes())
        self.sigma_plot.setMenuEnabled(False)
        self.sigma_plot.hideButtons()
        self.sigma_plot.setMouseEnabled(False, False)
        self.sigma_plot.setFixedHeight(78)
        self.sigma_plot.getAxis("bottom").setStyle(tickLength=-4)
        self.sigma_plot.setLabel("bottom", self.tr("latent dimension"))
        self.sigma_plot.setToolTip(self.tr("For each latent number: the encoder's mean (bar centre) ± its uncertainty σ "
                                           "(bar), and where the current point is (red dot). Thin bars: the image pins "
                                           "that number down; bars near ±1 wide: it barely matters to the image."))
        self.sigma_bars = pg.ErrorBarItem(pen=pg.mkPen("#0072B2", width=2), beam=0.25)
        self.sigma_plot.addItem(self.sigma_bars)
        self.sigma_means = pg.ScatterPlotItem(size=5, brush=pg.mkBrush("#0072B2"), pen=None)
        self.sigma_plot.addItem(self.sigma_means)
        self.sigma_now = pg.ScatterPlotItem(size=6, brush=pg.mkBrush("#d62728"), pen=None, symbol="o")
        self.sigma_plot.addItem(self.sigma_now)
        self.sigma_plot.setVisible(False)

        # layout
        pics = QGridLayout()
        pics.setHorizontalSpacing(10)
        pics.setVerticalSpacing(2)
        pics.addWidget(self.original, 0, 0)
        pics.addWidget(self.recon, 0, 1)
        pics.addWidget(self.original_caption, 1, 0)
        pics.addWidget(self.recon_caption, 1, 1)
        side = QVBoxLayout()
        side.setSpacing(4)
        side.addWidget(self.error_label)
        side.addWidget(self.info, 1)
        prog = QHBoxLayout()
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        side.addLayout(prog)
        side.addWidget(self.steps_spin, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addLayout(pics)
        top.addLayout(side, 1)

        sources = QHBoxLayout()
        sources.setSpacing(4)
        sources.addWidget(self.open_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        sources.addWidget(line)
        sources.addWidget(self.sample_button)
        sources.addWidget(self.sample_spin)
        sources.addWidget(self.random_button)
        sources.addStretch(1)
        sources.addWidget(self.class_label)
        sources.addWidget(self.class_combo)
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for b in (self.go_button, self.bookmark_button, self.keyframe_button):
            actions.addWidget(b)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(5)
        layout.addLayout(sources)
        layout.addLayout(top)
        layout.addWidget(self.sigma_plot)
        layout.addLayout(actions)
        layout.addStretch(1)

        tools.encodeStarted.connect(self._on_started)
        tools.encodeProgress.connect(self._on_progress)
        tools.encodeTarget.connect(self._on_target)
        tools.encoded.connect(self.show_result)
        tools.encodeFailed.connect(self._on_failed)
        state.modelChanged.connect(self._on_model)
        state.latentChanged.connect(lambda _i=None: self._show_now())
        self._set_busy(False)
        self._on_model(state.model)
        last = tools.last_encoding  # built after an image was encoded: show it
        if last is not None and state.model is not None and last.model_path == state.model.path:
            self.show_result(last)
        if tools.encoding:
            self._set_busy(not (state.model is not None and state.model.has_encoder))

    # --- model ---------------------------------------------------------------------------------
    def _fill_classes(self, model: ModelSummary | None) -> None:
        """The class picker: the model's classes in the UI language, the choice kept."""
        keep = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for i, name in enumerate(model.class_names if model is not None and model.conditional else []):
            self.class_combo.addItem(class_name(name), i)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(keep)))
        self.class_combo.blockSignals(False)

    def retranslate_ui(self) -> None:
        """The language changed: the class names come from the model, so name them again."""
        self._fill_classes(self.state.model)

    def _on_model(self, model: ModelSummary | None) -> None:
        self.setEnabled(model is not None)
        self.result = None
        self.original.clear()
        self.original.setText(self.tr("Drop an\nimage here\n(PNG, JPG…)"))
        self.recon.clear()
        self.error_label.setText("")
        self.sigma_plot.setVisible(False)
        conditional = model is not None and model.conditional
        self._fill_classes(model)
        self.class_combo.setVisible(conditional)
        self.class_label.setVisible(conditional)
        if model is None:
            self.info.setText(self.tr("Open a model first."))
            return
        gan = not model.has_encoder
        self.steps_spin.setVisible(gan)
        from latentlab.ui.latent.jobs import has_sample

        sample = has_sample(model.dataset)
        for w in (self.sample_button, self.sample_spin, self.random_button):
            w.setEnabled(sample)
            if not sample:
                w.setToolTip(self.tr("There is no bundled sample of the dataset {name}").format(
                    name=repr(model.dataset or self.tr("(unknown)"))))
        # A file can be opened whenever nothing is being encoded; a panel built before the
        # first model was open must not wait for a test image to enable it.
        self.open_button.setEnabled(not self.tools.encoding)
        c, h, w = model.image_shape
        how = (self.tr("The encoder maps it to a mean and an uncertainty σ per latent number.")
               if not gan else self.tr("A GAN has no encoder: the latent is found by optimisation (a few seconds)."))
        colours = self.tr("grey") if c == 1 else self.tr("colour")
        self.info.setText(self.tr("Drop a picture, open one, or take a test image. It is converted to {w}×{h} "
                                  "{colours}. {how}").format(w=w, h=h, colours=colours, how=how))
        self._update_buttons()

    def _update_buttons(self) -> None:
        model = self.state.model
        ok = self.result is not None and model is not None and self.result.model_path == model.path
        for b in (self.go_button, self.bookmark_button, self.keyframe_button):
            b.setEnabled(ok and not self.tools.encoding)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for w in (self.open_button, self.sample_button, self.random_button):
            w.setEnabled(not busy and self.state.model is not None
                         and (w is self.open_button or self.sample_spin.isEnabled()))
        self._update_buttons()

    # --- sources -------------------------------------------------------------------------------
    def _label(self) -> int | None:
        return self.class_combo.currentData() if self.class_combo.isVisible() and self.class_combo.count() else None

    def encode_file(self, path: str | Path) -> bool:
        return self.tools.encode(str(path), self._label())

    def encode_bytes(self, data: bytes) -> bool:
        return self.tools.encode(bytes(data), self._label())

    def encode_sample(self, index: int) -> bool:
        return self.tools.encode(("sample", int(index)), self._label())

    def _random_sample(self) -> None:
        i = int(np.random.default_rng().integers(0, self.sample_spin.maximum() + 1))
        self.sample_spin.setValue(i)
        self.encode_sample(i)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Encode an image"), str(Path.home()), IMAGE_FILTER)
        if path:
            self.encode_file(path)

    def cancel(self) -> None:
        self.tools.cancel_encode()
        self.cancel_button.setEnabled(False)
        self.progress.setFormat(self.tr("cancelling…"))

    # --- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, ev: QDragEnterEvent) -> None:  # noqa: N802
        md = ev.mimeData()
        if self.state.model is not None and (md.hasImage() or any(u.isLocalFile() for u in md.urls())):
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dropEvent(self, ev: QDropEvent) -> None:  # noqa: N802
        md = ev.mimeData()
        files = [u.toLocalFile() for u in md.urls() if u.isLocalFile()]
        if files:
            self.encode_file(files[0])
            if len(files) > 1:
                self.tools.messages.info(self.tr("Encoded the first of %n dropped file(s)", "", len(files)))
            ev.acceptProposedAction()
            return
        if md.hasImage():
            img = QImage(md.imageData())
            if img.isNull():
                self.tools.messages.error(self.tr("The dropped data is not an image"), title=self.tr("Encode an image"))
                return
            buf = QByteArray()
            dev = QBuffer(buf)
            dev.open(QIODevice.OpenModeFlag.WriteOnly)
            img.save(dev, "PNG")
            dev.close()
            self.encode_bytes(bytes(buf.data()))
            ev.acceptProposedAction()

    # --- results -------------------------------------------------------------------------------
    def _on_started(self, method: str, what: str) -> None:
        self.error_label.setText((self.tr("Encoding {what}…") if method == "encode" else
                                  self.tr("Inverting {what}…")).format(what=what))
        busy = method == "invert"
        if busy:
            self.progress.setRange(0, max(1, self.tools.invert_steps))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("step %v of %m"))
        self._set_busy(busy)
        if not busy:
            self._update_buttons()

    def _on_target(self, target: np.ndarray, name: str) -> None:
        """The image as converted, shown while the model works on it."""
        self.original.setPixmap(_pixmap(target))
        self.recon.clear()
        self.recon.setText(self.tr("searching…") if self.tools.encoding and not self.state.model.has_encoder else "")

    def _on_progress(self, step: int, steps: int, err: float) -> None:
        if self.progress.maximum() != steps:
            self.progress.setRange(0, steps)
        self.progress.setValue(step)
        if not self.tools.encode_job.cancelling:
            self.progress.setFormat(self.tr("%v/%m · error {err}").format(err=number(err, ".4f")))

    def _on_failed(self, text: str) -> None:
        self._set_busy(False)
        self.error_label.setText(self.tr("<span style='color:#b00020'>Could not use it:</span> {text}")
                                         .format(text=text))

    def show_result(self, result) -> None:
        self._set_busy(False)
        self.result = result
        self.original.setPixmap(_pixmap(result.target))
        self.recon.setPixmap(_pixmap(result.recon))
        err = float(result.error)
        psnr = 10 * np.log10(1.0 / err) if err > 0 else float("inf")
        what = self.tr("encoded") if result.method == "encode" else self.tr("inverted")
        state = (self.tr(" — <b>cancelled</b> after {n} steps: best so far").format(
            n=len(result.history)) if result.cancelled else "")
        self.error_label.setText(self.tr("<b>{source}</b> {what}{state}<br>error (MSE) {err} · PSNR {psnr} dB")
                                         .format(source=result.source, what=what, state=state, err=number(err, ".4f"),
                                                 psnr=number(psnr, ".1f")))
        if result.method == "invert" and result.history:
            first = result.history[0]
            self.info.setText(self.tr("The search brought the error from {first} (best random start) to "
                                      "{best} in {steps} steps.").format(
                first=number(first, ".4f"), best=number(min(result.history), ".4f"), steps=len(result.history)))
        elif result.sigma is not None:
            self.info.setText(self.tr("Mean ± σ of the encoder for each latent number below; the sliders (raw axes) "
                                      "show the same bands. Typical σ here: {sigma}.").format(
                sigma=number(float(np.median(result.sigma)), ".2f")))
        self._show_sigma()
        self._update_buttons()

    def _show_sigma(self) -> None:
        r = self.result
        if r is None or r.sigma is None:
            self.sigma_plot.setVisible(False)
            return
        d = len(r.z)
        x = np.arange(d, dtype=np.float64)
        self.sigma_bars.setData(x=x, y=r.z.astype(np.float64), height=2 * r.sigma.astype(np.float64))
        self.sigma_means.setData(x=x, y=r.z)
        self.sigma_plot.setXRange(-0.7, d - 0.3, padding=0)
        lim = float(np.max(np.abs(r.z) + r.sigma)) + 0.3
        self.sigma_plot.setYRange(-max(lim, 1.5), max(lim, 1.5), padding=0)
        self.sigma_plot.setVisible(True)
        self._show_now()

    def _show_now(self) -> None:
        r = self.result
        if r is None or r.sigma is None or not self.sigma_plot.isVisible() or self.state.dim != len(r.z):
            return
        self.sigma_now.setData(x=np.arange(len(r.z), dtype=np.float64), y=self.state.z)
