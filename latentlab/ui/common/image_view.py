"""The big picture: one reused pyqtgraph ImageItem showing the current frame, pixel-exact.

Frames arrive display-ready (uint8, C-contiguous, (H, W, C)); grey ones are shown as (H, W),
handed to the image item unchanged (no levels, no lookup table).
The view zooms with the mouse wheel, fits on request (and on every resize until the user zooms),
and can draw a pixel grid so students can count pixels. Pixels stay square at any zoom (the
view locks the aspect ratio); enlarged, they are drawn as crisp blocks (nearest) or blended
(smooth), a choice remembered between sessions.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import json

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedLayout, QVBoxLayout, QWidget

from latentlab.core.files import ExportError, atomic_write_text
from latentlab.core.paths import user_data_dir
from latentlab.ui.common.i18n import class_name
from latentlab.ui.common.qt_helpers import PaintPacer
from latentlab.ui.common.state import ExplorerState
from latentlab.ui.common.widgets import pixel_view, tool_button

CANVAS = "#2b2d31"


def _prefs_path():
    return user_data_dir() / "image-view.json"


def load_smooth_preference() -> bool:
    """Whether the user last chose smooth scaling (False, nearest, when never chosen or unreadable)."""
    try:
        return bool(json.loads(_prefs_path().read_text(encoding="utf-8")).get("smooth", False))
    except (OSError, ValueError, AttributeError):
        return False


def save_smooth_preference(smooth: bool) -> None:
    """Remember the scaling choice; a folder that cannot be written only loses the memory."""
    try:
        _prefs_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(_prefs_path(), json.dumps({"smooth": bool(smooth)}))
    except (OSError, ExportError):
        pass


class PixelGridItem(pg.GraphicsObject):
    """Thin lines on pixel boundaries, drawn only when pixels are big enough on screen to count."""

    def __init__(self) -> None:
        super().__init__()
        self._w = self._h = 0
        self._pen = QPen(QColor(128, 128, 128, 140))
        self._pen.setCosmetic(True)
        self._pen.setWidth(1)

    def set_shape(self, w: int, h: int) -> None:
        if (w, h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = w, h
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(0, 0, self._w, self._h)

    def paint(self, painter: QPainter, *args) -> None:
        if not self._w:
            return
        # Skip the grid when a pixel is under 5 screen pixels: it would just grey the image.
        scale = painter.worldTransform().m11()
        if abs(scale) < 5:
            return
        painter.setPen(self._pen)
        for x in range(self._w + 1):
            painter.drawLine(pg.QtCore.QPointF(x, 0), pg.QtCore.QPointF(x, self._h))
        for y in range(self._h + 1):
            painter.drawLine(pg.QtCore.QPointF(0, y), pg.QtCore.QPointF(self._w, y))


class ImageView(QWidget):
    """Shows frames; emits :attr:`frameShown` after each one is on the image item."""

    frameShown = Signal(int)  # request id
    smoothChanged = Signal(bool)
    exportClicked = Signal()
    copyClicked = Signal()

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.state = state
        self._frame: np.ndarray | None = None
        self._shape: tuple[int, ...] | None = None

        self.view, self.viewbox, self.item = pixel_view(CANVAS)
        self.view.setToolTip(self.tr("The image the model draws for the current point. Scroll to zoom, drag to "
                                     "move around, double-click to fit it to the window again."))
        self.pacer = PaintPacer(self.view)
        self.grid = PixelGridItem()
        self.grid.setVisible(False)
        self.viewbox.addItem(self.grid)
        self.view.mouseDoubleClickEvent = lambda ev: self.fit()  # type: ignore[method-assign]

        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(self.tr("<h2>No model open</h2><p>Pick a model on the left, use File ▸ Open "
                                         "(Ctrl+O),<br>or drop a <tt>.safetensors</tt> file onto this window.</p>"))

        self.stack = QStackedLayout()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.caption = QLabel("")
        self.caption.setObjectName("caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setToolTip(self.tr("Which model drew this image, and from which point: a seed (a reproducible random "
                                        "point) or a point you edited with the sliders"))
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 4)
        bar.addStretch(1)
        self.fit_button = tool_button(self.tr("Fit"),
                                      self.tr("Fit the image to the window (double-click the image does the same)"),
                                      self.fit, auto_raise=True)
        self.zoom_in = tool_button("+", self.tr("Zoom in"), lambda: self.zoom(1 / 1.5), auto_raise=True)
        self.zoom_out = tool_button("−", self.tr("Zoom out"), lambda: self.zoom(1.5), auto_raise=True)
        # clicks only (not toggled): set_grid_visible keeps the check mark in step when code calls it
        self.grid_button = tool_button(self.tr("Pixel grid"),
                                       self.tr("Draw a line around every pixel (visible when zoomed in) — the model "
                                               "makes the image one pixel at a time"),
                                       self.set_grid_visible, auto_raise=True)
        self.grid_button.setCheckable(True)
        self.smooth_button = tool_button(self.tr("Smooth"),
                                         self.tr("Blend enlarged pixels smoothly; off, each pixel is drawn as a "
                                                 "crisp square (nearest)"),
                                         self.set_smooth, auto_raise=True)
        self.smooth_button.setCheckable(True)
        for b in (self.zoom_out, self.zoom_in, self.fit_button, self.grid_button, self.smooth_button):
            bar.addWidget(b)
        bar.addStretch(1)
        # A row of its own: beside the view buttons it made the window wider than a 1024-px projector.
        export_bar = QHBoxLayout()
        export_bar.setContentsMargins(6, 0, 6, 4)
        export_bar.setSpacing(4)
        export_bar.addStretch(1)
        # The exported picture's size, labelled, slide-ready by default (a 28 px digit at ×4 was 112 px)
        self.size_label = QLabel(self.tr("Size:"))
        self.size_label.setObjectName("exportSizeLabel")  # light on the view's dark ground (light.qss)
        self.size_box = QSpinBox()
        self.size_box.setObjectName("exportSizeBox")
        self.size_box.setRange(64, 4096)
        self.size_box.setSingleStep(64)
        self.size_box.setSuffix(self.tr(" px"))
        self.size_box.setValue(state.export_size)
        self.size_box.setToolTip(self.tr("The longer side of the exported or copied PNG, in pixels (512 or more "
                                         "is sharp on a projector)"))
        self.size_label.setBuddy(self.size_box)
        self.size_box.valueChanged.connect(lambda v: state.set_export_size(size=v))
        self.upscale_combo = QComboBox()
        self.upscale_combo.addItem(self.tr("Pixelated"), "pixelated")
        self.upscale_combo.addItem(self.tr("Smooth"), "smooth")
        self.upscale_combo.setToolTip(self.tr("How the small image is enlarged: pixelated keeps every model pixel a "
                                              "sharp square (by a whole factor); smooth blends them (Lanczos)"))
        self.upscale_combo.setCurrentIndex(max(0, self.upscale_combo.findData(state.export_upscaling)))
        self.upscale_combo.currentIndexChanged.connect(
            lambda _i: state.set_export_size(upscaling=self.upscale_combo.currentData()))
        state.exportSizeChanged.connect(self._show_export_size)
        self.export_button = tool_button(self.tr("Export PNG…"),
                                         self.tr("Save this image as a PNG file, with a .json file beside it that "
                                                 "can recreate it exactly (Ctrl+E)"),
                                         self.exportClicked.emit, auto_raise=True)
        self.copy_button = tool_button(self.tr("Copy"), self.tr("Copy this image to the clipboard (Ctrl+Shift+C)"),
                                       self.copyClicked.emit, auto_raise=True)
        for w in (self.size_label, self.size_box, self.upscale_combo, self.export_button, self.copy_button):
            export_bar.addWidget(w)
        export_bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bar)
        layout.addLayout(export_bar)
        self.setMinimumSize(240, 240)
        state.modelChanged.connect(self._on_model)
        state.seedChanged.connect(lambda _s: self._update_caption())
        state.labelChanged.connect(lambda _l: self._update_caption())
        state.latentChanged.connect(self._on_latent)
        self._from_seed = False
        self._previewing = False  # showing a path frame, not the current point
        self._smooth = False
        self.set_smooth(load_smooth_preference(), remember=False)

    # --- frames ---------------------------------------------------------------------------
    def show_preview(self, frame: np.ndarray, what: str) -> None:
        """Show a frame that is not the current point (a path being played), captioned ``what``.

        The caption says so until the next rendered frame of the current point replaces it.
        """
        self.set_frame(frame)
        model = self.state.model
        self.caption.setText(" · ".join(([model.name] if model is not None else []) + [what]))
        self._previewing = True

    def set_frame(self, frame: np.ndarray, request_id: int = 0) -> None:
        """Show a uint8 (H, W, C) frame (C = 1 or 3)."""
        if request_id and self._previewing:  # the current point is back on screen
            self._previewing = False
            self._update_caption()
        if frame.ndim == 3 and frame.shape[2] == 1:
            frame = frame[:, :, 0]  # still C-contiguous: grey images go in as (H, W)
        self._frame = frame
        # uint8 frames are display-ready: no levels at all. With levels=(0, 255) pyqtgraph builds
        # an identity lookup table and a 256-entry colour table every frame and paints an
        # Indexed8 image; without levels it wraps the bytes as a Grayscale8/RGB888 QImage
        # directly (0.05 vs 0.19 ms to build), which FrameItem turns into RGB32 for fast painting.
        self.item.setImage(frame, autoLevels=False)
        # Build the QImage now: paint() would do the same work, and doing it here makes the
        # time a frame takes measurable at one place.
        self.item.render()
        self.pacer.frame_set()
        if frame.shape != self._shape:
            self._shape = frame.shape
            self.grid.set_shape(frame.shape[1], frame.shape[0])
            self.fit()
        if self.stack.currentIndex() != 1:
            self.stack.setCurrentIndex(1)
        self.frameShown.emit(request_id)

    def current_frame(self) -> np.ndarray | None:
        """The frame on screen, (H, W) for grey or (H, W, 3)."""
        return self._frame

    def clear(self) -> None:
        self._frame = None
        self._shape = None
        self.item.clear()
        self.stack.setCurrentIndex(0)

    # --- zoom ------------------------------------------------------------------------------
    def fit(self) -> None:
        self.viewbox.autoRange(padding=0.02)
        self.viewbox.enableAutoRange(enable=True)

    def zoom(self, factor: float) -> None:
        self.viewbox.scaleBy((factor, factor))

    def set_grid_visible(self, on: bool) -> None:
        self.grid.setVisible(bool(on))
        if self.grid_button.isChecked() != bool(on):
            self.grid_button.setChecked(bool(on))

    @property
    def smooth(self) -> bool:
        """Whether enlarged pixels are blended (True) or drawn as squares (False, nearest)."""
        return self._smooth

    def set_smooth(self, on: bool, remember: bool = True) -> None:
        """Scale the image smoothly or nearest-neighbour; remembered for the next session."""
        on = bool(on)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, on)
        if self.smooth_button.isChecked() != on:
            self.smooth_button.setChecked(on)
        if on != self._smooth:
            self._smooth = on
            if remember:
                save_smooth_preference(on)
            self.view.viewport().update()
            self.smoothChanged.emit(on)

    def _show_export_size(self) -> None:
        self.size_box.blockSignals(True)
        self.size_box.setValue(self.state.export_size)
        self.size_box.blockSignals(False)
        self.upscale_combo.blockSignals(True)
        self.upscale_combo.setCurrentIndex(max(0, self.upscale_combo.findData(self.state.export_upscaling)))
        self.upscale_combo.blockSignals(False)

    def _on_model(self, model) -> None:
        if model is None:
            self.clear()
        self._update_caption()

    def _on_latent(self, _indices=None) -> None:
        if self.state.from_seed != self._from_seed and not self._previewing:  # only when the caption actually changes
            self._update_caption()

    def _update_caption(self) -> None:
        """'mnist-gan · 28×28 grey · seed 12 · class 3' — what is on screen, in words."""
        model = self.state.model
        self._from_seed = self.state.from_seed
        if model is None:
            self.caption.setText("")
            return
        c, h, w = model.image_shape
        parts = [model.name, (self.tr("{w}×{h} colour") if c == 3 else self.tr("{w}×{h} grey")).format(w=w, h=h)]
        parts.append(self.tr("seed {seed}").format(
            seed=self.state.seed) if self.state.from_seed else self.tr("edited point"))
        if model.conditional and 0 <= self.state.label < len(model.class_names):
            parts.append(self.tr("class {name}").format(name=class_name(model.class_names[self.state.label])))
        self.caption.setText(" · ".join(parts))
