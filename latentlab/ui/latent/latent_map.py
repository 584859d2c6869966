"""The latent map: the data sample as a cloud of points in latent space, and where you are in it.

VAEs show the encoder means of the bundled test images (coloured by their true class), GANs
prior samples coloured by the class the dataset's classifier sees in them. Above two dimensions
the cloud is projected on two axes of your choice: principal components of the cloud or raw
latent coordinates. Click anywhere to go there (the click sets the point's coordinates along
the two axes and keeps all the others); drag the target to scrub; hover a point to see its
image. "Decoded images" swaps the points for a mosaic of what the decoder draws over the visible
part of the plane through the current point (for a 2-D VAE: Kingma & Welling's manifold figure).
The interpolation path is drawn on top, with a ring moving along it during playback. For a
dataset with labelled factors (faces64) the points can be coloured by any factor instead of the
class ("Colour": smile, glasses, hair colour…).

Over 600 lines: axes, hover, mosaic, path overlay and colours share the plot's state; the
colour controls are the next part to move into a module of their own.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import class_name
from latentlab.ui.common.jobs import principal_name
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.common.widgets import note_label, still_plot, tool_button
from latentlab.ui.latent.jobs import unclassified_reason
from latentlab.ui.latent.map_inset import MapInset
from latentlab.ui.latent.map_style import (
    factor_legend_html,
    factor_styles,
    legend_html,
    point_styles,
)
from latentlab.ui.latent.path_state import PathState
from latentlab.ui.latent.plane import (
    axis_vectors,
    plane_latents,
    plane_residual,
    set_coords,
)

BACKGROUND = "#fbfbfb"
POINT_SIZE = 6
HOVER_RADIUS_PX = 9
MOSAIC_TILES = 15  # decoded images per side of the visible square
MARKER_INTERVAL_MS = 120  # the marker catches up after this pause in slider changes
#: the map's points are computed this long after the map is shown with a new model
DATA_DELAY_MS = 400


class LatentMap(QWidget):
    """The map panel; ``tools`` is the :class:`~latentlab.ui.latent.tools.LatentTools` that computes."""

    def __init__(self, state: ExplorerState, path: PathState, tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latentMap")
        self.state = state
        self.path = path
        self.tools = tools
        self.data = None  # latent_jobs.MapData
        self._xy: np.ndarray | None = None  # (N, 2) projected points
        self._axes = np.zeros((2, 0))
        self._axis_keys: list[tuple[str, int]] = [("z", 0), ("z", 1)]
        self._user_axes = False
        self._path_xy: np.ndarray | None = None
        self._manifold_key: tuple | None = None
        self._fitted = False

        # --- the plot ---------------------------------------------------------------------------
        # 120 px tall at least: on a 720-px screen the dock is short, and the legend and status below
        # must not be drawn over the axis (they were, at 180)
        self.plot = still_plot(BACKGROUND, (180, 120), axis_pen="#9a9a9a", text_pen="#505050", mouse=True)
        self.plot.showGrid(x=True, y=True, alpha=0.12)
        self.plot.setToolTip("")
        self.vb = self.plot.getViewBox()
        self.vb.setAspectLocked(True, 1.0)
        self.vb.setDefaultPadding(0.04)

        self.mosaic = pg.ImageItem(axisOrder="row-major")
        self.mosaic.setZValue(-10)
        self.mosaic.setVisible(False)
        self.plot.addItem(self.mosaic)
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=POINT_SIZE, pen=pg.mkPen(40, 40, 40, 110, width=0.6))
        self.scatter.setZValue(0)
        self.plot.addItem(self.scatter)
        self.path_curve = pg.PlotCurveItem(pen=pg.mkPen(30, 30, 30, 200, width=2))
        self.path_curve.setZValue(5)
        self.plot.addItem(self.path_curve)
        self.path_keys = pg.ScatterPlotItem(pxMode=True, size=11, symbol="d", brush=pg.mkBrush("#ffffff"),
                                            pen=pg.mkPen("#202020", width=1.5))
        self.path_keys.setZValue(6)
        self.plot.addItem(self.path_keys)
        self._key_labels: list[pg.TextItem] = []
        self.path_dot = pg.ScatterPlotItem(pxMode=True, size=15, symbol="o", brush=pg.mkBrush(0, 0, 0, 0),
                                           pen=pg.mkPen("#111111", width=2.5))
        self.path_dot.setZValue(7)
        self.plot.addItem(self.path_dot)
        self.marker = pg.TargetItem(pos=(0, 0), size=20, symbol="crosshair", pen=pg.mkPen("#111111", width=2.5),
                                    hoverPen=pg.mkPen("#000000", width=3.5), brush=(214, 39, 40, 170),
                                    hoverBrush=(214, 39, 40, 230), movable=True)
        self.marker.setZValue(20)
        self.marker.setVisible(False)
        self.plot.addItem(self.marker)

        # hovering a point shows its image in a small inset (top right of the plot)
        self.inset = MapInset(self.plot)
        self.hovered = -1
        self.plot.viewport().installEventFilter(self)  # hide the inset when the mouse leaves

        # --- controls ---------------------------------------------------------------------------
        self.x_combo = QComboBox()
        self.y_combo = QComboBox()
        for combo, tip in ((self.x_combo, self.tr("What the map shows across: a principal component (PC) of the "
                                                  "points — the directions in which they spread most — or one "
                                                  "raw latent coordinate z_i")),
                           (self.y_combo, self.tr("What the map shows up: a principal component (PC) of the "
                                                  "points — the directions in which they spread most — or one "
                                                  "raw latent coordinate z_i"))):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.activated.connect(self._on_axis_picked)
        self.view_button = tool_button(
            self.tr("Images"),
            self.tr("Show what the decoder draws all over the visible part of the map, instead of the points (for "
                    "a 2-D latent this is the whole learned manifold). Zoom or pan and it is drawn again for what "
                    "you see. Click an image to go there."),
            self.set_decoded_view, auto_raise=True, checkable=True)
        self.fit_button = tool_button(self.tr("Fit"),
                                      self.tr("Show all the points (double-click the map does the same)"),
                                      self.fit, auto_raise=True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(QLabel(self.tr("x")))
        top.addWidget(self.x_combo)
        top.addWidget(QLabel(self.tr("y")))
        top.addWidget(self.y_combo)
        top.addStretch(1)
        top.addWidget(self.view_button)
        top.addWidget(self.fit_button)

        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("mapColourBy")
        self.colour_combo.setToolTip(self.tr("What the points' colours show: the class, or one of the dataset's "
                                             "factors (for real images their known values, for samples what the "
                                             "factor network reads in them)"))
        self.colour_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.colour_combo.setMinimumContentsLength(8)
        self.colour_combo.activated.connect(self._on_colour_picked)
        self.colour_label = QLabel(self.tr("Colour"))
        colour_row = QHBoxLayout()
        colour_row.setContentsMargins(0, 0, 0, 0)
        colour_row.setSpacing(4)
        self._colour_by: str | None = None  # None: by class; else a factor's name

        self.legend = note_label("", "mapLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # One row for the colour choice and its legend: the map's dock is short on a 720-px screen.
        colour_row.addWidget(self.colour_label, 0, Qt.AlignmentFlag.AlignTop)
        colour_row.addWidget(self.colour_combo, 0, Qt.AlignmentFlag.AlignTop)
        colour_row.addWidget(self.legend, 1)
        self.status = note_label(self.tr("Open a model to see its latent space"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addLayout(colour_row)
        layout.addWidget(self.status)

        # --- wiring -----------------------------------------------------------------------------
        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._on_click)
        self._hover_proxy = pg.SignalProxy(scene.sigMouseMoved, rateLimit=60, slot=self._on_hover)
        self.marker.sigPositionChanged.connect(self._on_marker_moved)
        self._data_timer = QTimer(self)
        self._data_timer.setSingleShot(True)
        self._data_timer.setInterval(DATA_DELAY_MS)
        self._data_timer.timeout.connect(self._request_data)
        self._mosaic_timer = QTimer(self)
        self._mosaic_timer.setSingleShot(True)
        self._mosaic_timer.setInterval(150)
        self._mosaic_timer.timeout.connect(self.request_mosaic)
        self.vb.sigRangeChanged.connect(lambda *_: self._schedule_mosaic())
        state.modelChanged.connect(self._on_model)
        # Repainting the map (thousands of points + axes) costs a few ms, more than a frame's
        # decode: while a slider is being dragged the marker moves on the first change and then
        # when the drag pauses, so the big image keeps its full frame rate.
        self._marker_timer = QTimer(self)
        self._marker_timer.setSingleShot(True)
        self._marker_timer.setInterval(MARKER_INTERVAL_MS)
        self._marker_timer.timeout.connect(self._flush_marker)
        self._marker_pending = False
        state.latentChanged.connect(self._on_latent)
        state.labelChanged.connect(lambda _l: self._schedule_mosaic())
        path.changed.connect(self._on_path_changed)
        path.rendered.connect(self._on_path_rendered)
        path.frameChanged.connect(self._on_path_frame)
        tools.mapReady.connect(self.set_data)
        tools.mapFailed.connect(self._on_map_failed)
        tools.mosaicReady.connect(self._on_mosaic)
        self._on_model(state.model)

    # --- model and data ------------------------------------------------------------------------
    def _on_model(self, model: ModelSummary | None) -> None:
        self.data = None
        self._xy = None
        self._user_axes = False
        self._fitted = False
        self._manifold_key = None
        self.scatter.clear()
        self.mosaic.clear()
        self.inset.hide()
        self.legend.setText("")
        self._fill_colour_combo()
        self.setEnabled(model is not None)
        if model is None:
            self.marker.setVisible(False)
            self.status.setText(self.tr("Open a model to see its latent space"))
            return
        if model.latent_dim < 2:
            self.marker.setVisible(False)
            self.status.setText(self.tr("The map needs a latent with at least two numbers"))
            return
        self._axis_keys = [("z", 0), ("z", 1)]
        self._fill_axis_combos()
        self._apply_axes()
        self.marker.setVisible(True)
        why = None if model.has_encoder else unclassified_reason(model)
        if model.has_encoder:
            self.status.setText(self.tr("Encoding the test images… (the map fills in when they are done)"))
        elif why:
            self.status.setText(self.tr("Drawing samples… (the map fills in when they are done). The points will "
                                        "not be coloured by class: {reason}").format(reason=why))
        else:
            self.status.setText(self.tr("Drawing and classifying samples… (the map fills in when they are done)"))
        self._on_path_changed()
        self._ensure_data()

    def showEvent(self, ev) -> None:  # noqa: N802 - the points are computed when the map is first seen
        super().showEvent(ev)
        self._ensure_data()

    def _ensure_data(self) -> None:
        """Ask for the points once the map is on screen (shortly after: the first frame comes first)."""
        model = self.state.model
        if self.data is None and model is not None and model.latent_dim >= 2 and self.isVisible():
            self._data_timer.start()

    def _request_data(self) -> None:
        if self.data is None and self.state.model is not None and self.isVisible():
            self.tools.request_map()

    def set_data(self, data) -> None:
        """Show ``data`` (a :class:`~latentlab.ui.latent.jobs.MapData`) if it belongs to the open model."""
        model = self.state.model
        if model is None or data.model_path != model.path:
            return
        self.data = data
        if not self._user_axes:
            self._axis_keys = ([("z", 0), ("z", 1)] if model.latent_dim == 2 or len(data.components) < 2
                               else [("pc", 0), ("pc", 1)])
        self._fill_axis_combos()
        self._fill_colour_combo()
        self._brushes, self._symbols = self._point_styles()
        self._apply_axes()
        self._fitted = False
        self.fit()
        self._show_legend()
        self._set_status()

    def _set_status(self) -> None:
        data = self.data
        if self.decoded_view:
            self.status.setText(
                self.tr("What the decoder draws all over the whole 2-D latent space. Zoom or pan to see more; "
                        "click an image to go there.") if self.state.dim == 2 else
                self.tr("What the decoder draws all over the plane through the current point along these two axes "
                        "(the other numbers stay as they are). Zoom or pan to see more; click an image to go there."))
            return
        if data is None:
            return
        notes = " ".join(n.rstrip(".") + "." for n in data.notes)
        text = self.tr("{source}. Click to go somewhere, drag the target, hover a point to see it.")
        self.status.setText(text.format(source=data.source) + (f" {notes}" if notes else ""))

    def _on_map_failed(self, text: str) -> None:
        self.status.setText(self.tr("The map could not be drawn: {reason}").format(reason=text))

    def _show_legend(self) -> None:
        data = self.data
        if data is not None and self._colour_by in data.factors:
            name = self._colour_by
            self.legend.setText(factor_legend_html(class_name(name), data.factors[name],
                                                   [class_name(v) for v in data.factor_values.get(name, [])] or None))
            return
        if data is None or not data.class_names:
            self.legend.setText("")
            return
        self.legend.setText(legend_html(data.labels, [class_name(n) for n in data.class_names], self.tr("unknown")))

    def retranslate_ui(self) -> None:
        """The language changed: the colour choice, the legend (class and factor names), the axis
        names ("PC1 (12 %)") and the status are built from the data, so build them again."""
        self._fill_colour_combo()
        self._fill_axis_combos()
        names = [self._axis_name(k) for k in self._axis_keys]
        self.plot.setLabel("bottom", names[0])
        self.plot.setLabel("left", names[1])
        self._show_legend()
        self._set_status()

    # --- colours -------------------------------------------------------------------------------
    def _fill_colour_combo(self) -> None:
        """Offer the class and every factor the points carry; keep the choice when it still exists."""
        factors = list(self.data.factors) if self.data is not None else []
        if self._colour_by not in factors:
            self._colour_by = None
        combo = self.colour_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("class"), None)
        for name in factors:
            combo.addItem(class_name(name), name)
        combo.setCurrentIndex(max(0, combo.findData(self._colour_by)) if self._colour_by else 0)
        combo.blockSignals(False)
        shown = bool(factors)
        self.colour_combo.setVisible(shown)
        self.colour_label.setVisible(shown)

    def _point_styles(self):
        data = self.data
        if self._colour_by is not None and self._colour_by in data.factors:
            return factor_styles(data.factors[self._colour_by], data.factor_values.get(self._colour_by))
        return point_styles(data.labels)

    def _on_colour_picked(self, _i: int = 0) -> None:
        self.set_colour_by(self.colour_combo.currentData())

    @property
    def colour_by(self) -> str | None:
        """The factor the points are coloured by, or None for the class."""
        return self._colour_by

    def set_colour_by(self, factor: str | None) -> None:
        """Colour the points by ``factor`` (a name among the data's factors), or by class with None."""
        if self.data is None or (factor is not None and factor not in self.data.factors):
            return
        self._colour_by = factor
        j = self.colour_combo.findData(factor) if factor is not None else 0
        if j >= 0 and j != self.colour_combo.currentIndex():
            self.colour_combo.setCurrentIndex(j)
        self._brushes, self._symbols = self._point_styles()
        if self._xy is not None:
            self.scatter.setData(x=self._xy[:, 0], y=self._xy[:, 1], brush=self._brushes, symbol=self._symbols)
        self._show_legend()

    # --- axes ----------------------------------------------------------------------------------
    def axis_choices(self) -> list[tuple[str, tuple[str, int]]]:
        model = self.state.model
        if model is None:
            return []
        out = []
        raw = [(f"z{i}", ("z", i)) for i in range(min(model.latent_dim, 512))]
        pcs = []
        if self.data is not None:
            pcs = [(principal_name(i, share), ("pc", i)) for i, share in enumerate(self.data.share)]
        out = raw + pcs if model.latent_dim == 2 else pcs + raw
        return out

    def _fill_axis_combos(self) -> None:
        choices = self.axis_choices()
        for combo, key in ((self.x_combo, self._axis_keys[0]), (self.y_combo, self._axis_keys[1])):
            combo.blockSignals(True)
            combo.clear()
            for text, k in choices:
                combo.addItem(text, k)
            j = next((i for i, (_t, k) in enumerate(choices) if k == key), 0)
            combo.setCurrentIndex(j)
            combo.blockSignals(False)

    def _on_axis_picked(self, _i: int = 0) -> None:
        x, y = self.x_combo.currentData(), self.y_combo.currentData()
        if x is None or y is None:
            return
        x, y = tuple(x), tuple(y)
        if x == y:  # the same axis twice shows a line: swap instead
            old_x, old_y = self._axis_keys
            x, y = (x, old_x) if self.sender() is self.x_combo else (old_y, y)
        self.set_axes(x, y)

    def set_axes(self, x: tuple[str, int], y: tuple[str, int]) -> None:
        """Show ``x`` across and ``y`` up (("pc", i) or ("z", i))."""
        self._axis_keys = [tuple(x), tuple(y)]
        self._user_axes = True
        self._fill_axis_combos()
        self._apply_axes()
        self._fitted = False
        self.fit()

    @property
    def axes(self) -> np.ndarray:
        """(2, D): the latent directions shown across and up."""
        return self._axes

    def _apply_axes(self) -> None:
        model = self.state.model
        if model is None or model.latent_dim < 2:
            return
        comps = self.data.components if self.data is not None else None
        self._axes = axis_vectors(self._axis_keys, model.latent_dim, comps)
        names = [self._axis_name(k) for k in self._axis_keys]
        self.plot.setLabel("bottom", names[0])
        self.plot.setLabel("left", names[1])
        if self.data is not None:
            self._xy = self.data.latents.astype(np.float64) @ self._axes.T
            self.scatter.setData(x=self._xy[:, 0], y=self._xy[:, 1], brush=self._brushes, symbol=self._symbols)
        self._on_latent(None)
        self._on_path_rendered()
        self._manifold_key = None
        self._schedule_mosaic()

    def _axis_name(self, key: tuple[str, int]) -> str:
        kind, i = key
        return self.tr("principal component {i}").format(i=i + 1) if kind == "pc" else f"z{i}"

    def fit(self) -> None:
        if self._xy is not None and len(self._xy):
            lo = np.percentile(self._xy, 0.5, axis=0)
            hi = np.percentile(self._xy, 99.5, axis=0)
            here = self.point_xy()
            if here is not None:  # the current point is always in view after fitting
                lo, hi = np.minimum(lo, here), np.maximum(hi, here)
            pad = (hi - lo) * 0.06 + 1e-3
            self.vb.setRange(xRange=(lo[0] - pad[0], hi[0] + pad[0]), yRange=(lo[1] - pad[1], hi[1] + pad[1]),
                             padding=0)
        else:
            self.vb.setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0)
        self._fitted = True

    # --- the current point ---------------------------------------------------------------------
    def point_xy(self) -> tuple[float, float] | None:
        if self.state.model is None or self._axes.shape[1] != self.state.dim or self.state.dim < 2:
            return None
        xy = self._axes @ self.state.z.astype(np.float64)
        return float(xy[0]), float(xy[1])

    def _on_latent(self, indices=None) -> None:
        if indices is None:  # a jump (reset, randomize, click, recall): show it at once
            self._marker_pending = False
            self._marker_timer.stop()
            self._sync_marker()
            return
        if self._marker_timer.isActive():
            self._marker_pending = True
            self._marker_timer.start()  # still moving: wait for a pause
            return
        self._sync_marker()
        self._marker_timer.start()

    def _flush_marker(self) -> None:
        if self._marker_pending:
            self._marker_pending = False
            self._sync_marker()

    def _sync_marker(self) -> None:
        if self.marker.moving:  # the drag itself moved the point: leave the target under the mouse
            self._check_mosaic_plane()
            return
        xy = self.point_xy()
        if xy is None:
            return
        self.marker.blockSignals(True)
        self.marker.setPos(*xy)
        self.marker.blockSignals(False)
        self._check_mosaic_plane()

    def go_to(self, x: float, y: float) -> None:
        """Make the point whose coordinates along the two axes are (x, y), keeping all others."""
        if self.state.model is None or self._axes.shape[1] != self.state.dim:
            return
        z = set_coords(self.state.z, self._axes, (x, y))
        if np.isfinite(z).all():
            self.state.set_z(z)

    def _on_click(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or self.state.model is None:
            return
        pos = ev.scenePos()
        if not self.vb.sceneBoundingRect().contains(pos):
            return
        if ev.double():
            self.fit()
            return
        p = self.vb.mapSceneToView(pos)
        self.go_to(p.x(), p.y())

    def _on_marker_moved(self, _item=None) -> None:
        if self.marker.moving:  # dragged by the user (setPos from the state is silenced)
            p = self.marker.pos()
            self.go_to(p.x(), p.y())

    # --- hovering ------------------------------------------------------------------------------
    def nearest(self, x: float, y: float) -> int:
        """Index of the point nearest (x, y) within a few screen pixels, or -1."""
        if self._xy is None or not len(self._xy) or not self.scatter.isVisible():
            return -1
        pw, ph = self.vb.viewPixelSize()
        if not (pw > 0 and ph > 0):
            return -1
        d2 = ((self._xy[:, 0] - x) / pw) ** 2 + ((self._xy[:, 1] - y) / ph) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= HOVER_RADIUS_PX ** 2 else -1

    def _on_hover(self, args) -> None:
        pos = args[0]
        if self.data is None or not self.vb.sceneBoundingRect().contains(pos):
            self._show_hover(-1)
            return
        p = self.vb.mapSceneToView(pos)
        self._show_hover(self.nearest(p.x(), p.y()))

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802
        if ev.type() == QEvent.Type.Leave:
            self._show_hover(-1)
        return False

    def _show_hover(self, i: int) -> None:
        if i == self.hovered:
            return
        self.hovered = i
        if i < 0 or self.data is None:
            self.inset.hide()
            return
        c = int(self.data.labels[i])
        encoded = self.data.kind == "encoded"
        if 0 <= c < len(self.data.class_names):
            text = (self.tr("test image {i} · class {name}") if encoded else
                    self.tr("sample {i} · looks like {name}")).format(i=i, name=class_name(self.data.class_names[c]))
        else:
            text = (self.tr("test image {i}") if encoded else self.tr("sample {i}")).format(i=i)
        name = self._colour_by
        if name is not None and name in self.data.factors:
            value = float(self.data.factors[name][i])
            values = self.data.factor_values.get(name)
            shown = class_name(values[min(len(values) - 1, max(0, round(value)))]) if values else f"{value:.2f}"
            text += f" · {class_name(name)} {shown}"
        self.inset.show_image(self.data.images[i], text)

    # --- decoded images ------------------------------------------------------------------------
    @property
    def decoded_view(self) -> bool:
        return self.view_button.isChecked()

    def set_decoded_view(self, on: bool) -> None:
        if self.view_button.isChecked() != bool(on):
            self.view_button.setChecked(bool(on))  # comes back here through toggled
            return
        self.scatter.setVisible(not on)
        self.mosaic.setVisible(on)
        self.legend.setVisible(not on)
        # the path must stand out on dark images as well as on the light plot
        self.path_curve.setPen(pg.mkPen("#F0E442", width=2.5) if on else pg.mkPen(30, 30, 30, 200, width=2))
        self.path_dot.setPen(pg.mkPen("#ffffff" if on else "#111111", width=2.5))
        for t in self._key_labels:
            t.setColor("#ffffff" if on else "#202020")
        self._set_status()
        self.inset.hide()
        self.hovered = -1
        self._manifold_key = None
        if on:
            self.request_mosaic()

    def _schedule_mosaic(self) -> None:
        if self.decoded_view and self.state.model is not None:
            self._mosaic_timer.start()

    def _mosaic_request(self) -> tuple | None:
        model = self.state.model
        if model is None or self._axes.shape[1] != self.state.dim or self.state.dim < 2:
            return None
        (x0, x1), (y0, y1) = self.vb.viewRange()
        side = max(x1 - x0, y1 - y0)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        return (cx - side / 2, cy - side / 2, side)

    def _plane_residual(self) -> np.ndarray:
        return plane_residual(self.state.z, self._axes)

    def _check_mosaic_plane(self) -> None:
        """Draw the mosaic again when the point left the plane it shows (a slider moved)."""
        if not self.decoded_view or self._manifold_key is None or self.state.dim < 3:
            return
        if float(np.abs(self._plane_residual() - self._manifold_key[1]).max(initial=0.0)) > 1e-4:
            self._schedule_mosaic()

    def request_mosaic(self) -> None:
        if not self.decoded_view:
            return
        region = self._mosaic_request()
        if region is None:
            return
        x0, y0, side = region
        n = MOSAIC_TILES
        cell = side / n
        centres = x0 + (np.arange(n) + 0.5) * cell
        vs = y0 + (np.arange(n) + 0.5) * cell
        latents = plane_latents(self.state.z, self._axes, centres, vs)
        self._manifold_key = (region, self._plane_residual())
        self.tools.request_mosaic(latents, n, (x0, y0, side))

    def _on_mosaic(self, mosaic: np.ndarray, rect: tuple) -> None:
        if not self.decoded_view:
            return
        x0, y0, side = rect
        self.mosaic.setImage(mosaic, autoLevels=False, levels=(0, 255))
        self.mosaic.setRect(QRectF(x0, y0, side, side))

    # --- the path ------------------------------------------------------------------------------
    def _on_path_changed(self) -> None:
        self.path_curve.setData([], [])
        self.path_dot.clear()
        self._path_xy = None
        self._draw_keys()

    def _draw_keys(self) -> None:
        model = self.state.model
        keys = [k.z for k in self.path.keyframes]
        for t in self._key_labels:
            t.setVisible(False)
        if model is None or not keys or self._axes.shape[1] != model.latent_dim:
            self.path_keys.clear()
            return
        xy = np.stack(keys).astype(np.float64) @ self._axes.T
        self.path_keys.setData(x=xy[:, 0], y=xy[:, 1])
        while len(self._key_labels) < len(keys):
            t = pg.TextItem(color="#ffffff" if self.decoded_view else "#202020", anchor=(-0.3, 1.1))
            t.setZValue(8)
            self.plot.addItem(t)
            self._key_labels.append(t)
        for i, (x, y) in enumerate(xy):
            t = self._key_labels[i]
            t.setText(str(i + 1))
            t.setPos(x, y)
            t.setVisible(True)

    def _on_path_rendered(self) -> None:
        self._draw_keys()
        model = self.state.model
        if not self.path.ready or model is None or self._axes.shape[1] != model.latent_dim:
            self.path_curve.setData([], [])
            self.path_dot.clear()
            return
        self._path_xy = self.path.latents.astype(np.float64) @ self._axes.T
        self.path_curve.setData(self._path_xy[:, 0], self._path_xy[:, 1])
        self._on_path_frame(self.path.frame)

    def _on_path_frame(self, i: int) -> None:
        if self._path_xy is None or not 0 <= i < len(self._path_xy):
            self.path_dot.clear()
            return
        self.path_dot.setData(x=[self._path_xy[i, 0]], y=[self._path_xy[i, 1]])

    # --- for tests ---------------------------------------------------------------------------
    def view_to_widget(self, x: float, y: float):
        """Where (x, y) of the plot lies in the plot widget's viewport (for clicking in tests)."""
        scene_pt = self.vb.mapViewToScene(pg.Point(x, y))
        return self.plot.mapFromScene(scene_pt)
