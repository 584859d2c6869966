"""Interpolation paths: keyframes, lerp or slerp per segment, a filmstrip, playback and export.

Keyframes come from the current point, bookmarks, encoded images and seeds; each segment says
how to travel to the next keyframe (lerp: a straight line; slerp: along the sphere) and in how
many frames. The path is rendered in batches on the render worker; the filmstrip then scrubs the
cached frames instantly, and playback (loop, ping-pong, any speed) shows them here, on the big
image if asked, and as a ring moving along the path on the latent map. The small plot shows
‖z‖ along the path against the prior's typical norm √d: slerp keeps to the shell where the
training latents live, lerp cuts through the middle, where ‖z‖ dips.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.latent.path_state import MAX_FRAMES_PER_SEGMENT, MODES, PathState
from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.state import ExplorerState, ModelSummary

STRIP_HEIGHT = 30  # filmstrip thumbnails, screen pixels (about)
STRIP_GAP = 2
MODE_TIPS = {
    "lerp": "lerp: straight line between the two keyframes. Halfway, ‖z‖ shrinks towards the centre, where the "
            "prior (and the training data) almost never is: images often fade or blur there.",
    "slerp": "slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays in the shell where "
             "latents of the prior live, so every frame looks like a sample.",
}
#: the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)
SHELL_HALF_WIDTH = 1.96 / math.sqrt(2)


class Filmstrip(QWidget):
    """All frames side by side; press or drag to scrub, double-click to go to that frame's point."""

    scrubbed = Signal(int)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(False)
        self.image: QImage | None = None
        self.count = 0
        self.cell_w = self.cell_h = 0
        self.keys: list[int] = []
        self.current = 0
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Every frame of the path. Click or drag to scrub (instant: the frames are ready), "
                        "double-click a frame to make its point the current one. Marked: the keyframes.")
        self.setFixedHeight(STRIP_HEIGHT + 10)

    def set_frames(self, frames: np.ndarray | None, keys: list[int]) -> None:
        if frames is None or not len(frames):
            self.image, self.count, self.keys = None, 0, []
            self.setFixedWidth(10)
            self.update()
            return
        n, h, w = frames.shape[:3]
        k = max(1, round(STRIP_HEIGHT / h))
        big = np.repeat(np.repeat(frames, k, axis=1), k, axis=2)  # (F, h*k, w*k[, 3])
        ch, cw = h * k, w * k
        pad = np.full((n, ch, STRIP_GAP) + big.shape[3:], 255, np.uint8)
        strip = np.concatenate([big, pad], axis=2)  # (F, ch, cw+gap[, 3])
        strip = np.concatenate(list(strip), axis=1)  # (ch, F*(cw+gap)[, 3])
        self.image = frame_to_qimage(strip, copy=True)
        self.count, self.cell_w, self.cell_h, self.keys = n, cw + STRIP_GAP, ch, list(keys)
        self.setFixedWidth(self.count * self.cell_w + 2)
        self.setFixedHeight(ch + 10)
        self.update()

    def set_current(self, i: int) -> None:
        if i != self.current:
            old = self.cell_rect(self.current)
            self.current = i
            self.update(old.adjusted(-3, -3, 3, 3))
            self.update(self.cell_rect(i).adjusted(-3, -3, 3, 3))

    def cell_rect(self, i: int) -> QRect:
        return QRect(1 + i * self.cell_w, 2, self.cell_w - STRIP_GAP, self.cell_h)

    def index_at(self, pos: QPoint) -> int:
        if not self.count:
            return -1
        return max(0, min(self.count - 1, (pos.x() - 1) // max(1, self.cell_w)))

    def paintEvent(self, ev) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if self.image is None:
            return
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        r = ev.rect()
        x0 = max(0, r.left() - 1)
        x1 = min(self.image.width(), r.right() + 1)
        if x1 > x0:
            p.drawImage(QPoint(1 + x0, 2), self.image, QRect(x0, 0, x1 - x0, self.cell_h))
        pen = QPen(QColor("#0072B2"))
        pen.setWidth(3)
        for k in self.keys:
            cr = self.cell_rect(k)
            p.fillRect(QRect(cr.left(), cr.bottom() + 3, cr.width(), 4), QColor("#0072B2"))
        cur = self.cell_rect(self.current)
        pen = QPen(QColor("#d62728"))
        pen.setWidth(2)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(cur.adjusted(-1, -1, 1, 1))

    def mousePressEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(ev.position().toPoint())
            if i >= 0:
                self.scrubbed.emit(i)

    def mouseMoveEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        if ev.buttons() & Qt.MouseButton.LeftButton:
            i = self.index_at(ev.position().toPoint())
            if i >= 0:
                self.scrubbed.emit(i)

    def mouseDoubleClickEvent(self, ev: QMouseEvent) -> None:  # noqa: N802
        i = self.index_at(ev.position().toPoint())
        if i >= 0:
            self.activated.emit(i)


class PathEditor(QWidget):
    """The path panel; ``tools`` is the :class:`~latentlab.ui.latent.tools.LatentTools`."""

    #: a frame to show on the big image and its caption (emitted while playing or scrubbing,
    #: when asked for)
    previewFrame = Signal(object, str)

    def __init__(self, state: ExplorerState, path: PathState, tools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathEditor")
        self.state = state
        self.path = path
        self.tools = tools
        self._structure: tuple = ()
        self.direction = 1

        # --- keyframe sources ---------------------------------------------------------------------
        self.add_point = self._tool("+ Point", "Add the point you are looking at as the next keyframe",
                                    lambda: self.tools.add_current_point())
        self.add_seed = self._tool("+ Seed", "Add the prior sample of the seed on the right as a keyframe (then the "
                                   "next seed is offered)", self._add_seed)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setMaximumWidth(70)
        self.seed_spin.setToolTip("A seed: a reproducible random point of the prior")
        self.add_random = self._tool("+ Random", "Add a random prior sample as a keyframe", self._add_random)
        self.add_bookmark = QToolButton()
        self.add_bookmark.setText("+ Bookmark")
        self.add_bookmark.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_bookmark.setToolTip("Add one of your bookmarks as a keyframe")
        self.bookmark_menu = QMenu(self)
        self.bookmark_menu.aboutToShow.connect(self._fill_bookmarks)
        self.add_bookmark.setMenu(self.bookmark_menu)
        self.add_encoded = self._tool("+ Image", "Add the image last encoded (or inverted) in the "
                                      "“Encode an image” panel", lambda: self.tools.add_encoding())
        sources = QHBoxLayout()
        sources.setSpacing(3)
        for w in (self.add_point, self.add_seed, self.seed_spin, self.add_random, self.add_bookmark,
                  self.add_encoded):
            sources.addWidget(w)
        sources.addStretch(1)

        # --- keyframe table -----------------------------------------------------------------------
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Keyframe", "Class", "then", "frames"])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setIconSize(QSize(22, 22))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumSize(190, 60)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 64), (2, 70), (3, 62)):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(c, width)
        self.table.setToolTip("The keyframes in order. 'then' and 'frames': how the path travels to the next "
                              "keyframe. Double-click a name to rename it.")
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.up_button = self._tool("▲", "Move the selected keyframe earlier", lambda: self._move(-1))
        self.down_button = self._tool("▼", "Move the selected keyframe later", lambda: self._move(1))
        self.remove_button = self._tool("✕", "Remove the selected keyframe", self._remove)
        self.clear_button = self._tool("⌫", "Remove every keyframe", self._clear)
        table_tools = QVBoxLayout()
        table_tools.setSpacing(1)
        for w in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            w.setFixedSize(24, 22)
            table_tools.addWidget(w)
        table_tools.addStretch(1)
        self.all_lerp = self._tool("lerp", MODE_TIPS["lerp"] + " (every segment)", lambda: self.path.set_all_modes("lerp"))
        self.all_slerp = self._tool("slerp", MODE_TIPS["slerp"] + " (every segment)",
                                    lambda: self.path.set_all_modes("slerp"))
        self.frames_all = QSpinBox()
        self.frames_all.setRange(1, MAX_FRAMES_PER_SEGMENT)
        self.frames_all.setValue(path.default_frames)
        self.frames_all.setMaximumWidth(64)
        self.frames_all.setToolTip("Frames per segment, for every segment (edit one segment in the table)")
        self.frames_all.editingFinished.connect(lambda: self.path.set_all_frames(self.frames_all.value()))
        segs = QHBoxLayout()
        segs.setSpacing(3)
        all_label = QLabel("All:")
        all_label.setToolTip("Set every segment at once")
        for w in (all_label, self.all_lerp, self.all_slerp, self.frames_all):
            segs.addWidget(w)
        segs.addStretch(1)
        table_col = QVBoxLayout()
        table_col.setSpacing(2)
        table_col.addWidget(self.table, 1)
        table_col.addLayout(segs)
        left = QHBoxLayout()
        left.setSpacing(2)
        left.addLayout(table_col, 1)
        left.addLayout(table_tools)

        # --- ‖z‖ along the path ---------------------------------------------------------------------
        self.norm_plot = pg.PlotWidget(background="#fbfbfb")
        self.norm_plot.setMenuEnabled(False)
        self.norm_plot.hideButtons()
        self.norm_plot.setMouseEnabled(False, False)
        self.norm_plot.setMinimumSize(150, 70)
        self.norm_plot.getPlotItem().setContentsMargins(0, 2, 4, 0)
        self.norm_plot.setLabel("left", "‖z‖")
        self.norm_plot.setToolTip("‖z‖, the length of the latent, frame by frame (blue), against the prior's typical "
                                  "length √d (dashed; shaded: where 95% of its samples are). Latents the model was "
                                  "trained on live in that shell: slerp stays there, lerp dips into the middle.")
        self.shell = pg.LinearRegionItem(orientation="horizontal", movable=False, brush=pg.mkBrush(0, 158, 115, 40),
                                         pen=pg.mkPen(None))
        self.norm_plot.addItem(self.shell)
        self.shell_line = pg.InfiniteLine(angle=0, pen=pg.mkPen("#009E73", width=1.5, style=Qt.PenStyle.DashLine))
        self.norm_plot.addItem(self.shell_line)
        self.norm_curve = self.norm_plot.plot(pen=pg.mkPen("#0072B2", width=2))
        self.norm_keys = pg.ScatterPlotItem(size=8, symbol="d", brush=pg.mkBrush("#ffffff"),
                                            pen=pg.mkPen("#202020", width=1.2))
        self.norm_plot.addItem(self.norm_keys)
        self.now_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#d62728", width=1.5))
        self.norm_plot.addItem(self.now_line)
        self.norm_note = QLabel("")
        self.norm_note.setObjectName("hint")
        self.norm_note.setWordWrap(True)
        self.norm_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.norm_note.setToolTip(self.norm_plot.toolTip())
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.norm_plot, 1)
        right.addWidget(self.norm_note)

        body = QHBoxLayout()
        body.setSpacing(6)
        body.addLayout(left, 11)
        body.addLayout(right, 9)

        # --- playback -------------------------------------------------------------------------------
        self.play_button = QToolButton()
        self.play_button.setText("▶ Play")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip("Play or pause the path")
        self.play_button.toggled.connect(self.set_playing)
        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 60)
        self.fps_spin.setValue(12)
        self.fps_spin.setSuffix(" fps")
        self.fps_spin.setMaximumWidth(76)
        self.fps_spin.setToolTip("Playback speed, frames per second (also the speed of exported GIFs and videos)")
        self.fps_spin.valueChanged.connect(self._on_fps)
        self.loop_box = QCheckBox("Loop")
        self.loop_box.setChecked(True)
        self.loop_box.setToolTip("Start again at the end")
        self.pingpong_box = QCheckBox("Ping-pong")
        self.pingpong_box.setToolTip("Play forwards, then backwards (also used by GIF and MP4 export)")
        self.big_box = QCheckBox("Big image")
        self.big_box.setChecked(True)
        self.big_box.setToolTip("While playing or scrubbing, show the frames on the big image "
                                "(moving a slider shows the current point again)")
        self.frame_label = QLabel("")
        self.frame_label.setObjectName("hint")
        self.frame_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.frame_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        controls = QHBoxLayout()
        controls.setSpacing(4)
        for w in (self.play_button, self.fps_spin, self.loop_box, self.pingpong_box, self.big_box):
            controls.addWidget(w)
        controls.addWidget(self.frame_label, 1)

        # --- filmstrip ------------------------------------------------------------------------------
        self.strip = Filmstrip()
        self.strip.scrubbed.connect(self.scrub)
        self.strip.activated.connect(self.go_to_frame)
        self.strip_scroll = QScrollArea()
        self.strip_scroll.setWidget(self.strip)
        self.strip_scroll.setWidgetResizable(False)
        self.strip_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip_scroll.setFixedHeight(STRIP_HEIGHT + 24)

        # --- files and export ------------------------------------------------------------------------
        self.gif_button = self._tool("GIF…", "Save the path as a looping animated GIF (at the export scale and "
                                     "speed)", lambda: self._export_dialog("gif"))
        self.mp4_button = self._tool("MP4…", "Save the path as an H.264 video (needs the video extra: "
                                     "pip install 'latentlab[video]')", lambda: self._export_dialog("mp4"))
        self.sheet_button = self._tool("Sheet…", "Save a contact sheet: every frame in one PNG, keyframes "
                                       "captioned", lambda: self._export_dialog("sheet"))
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(1, 16)
        self.scale_spin.setPrefix("×")
        self.scale_spin.setValue(state.export_scale)
        self.scale_spin.setToolTip("Export scale: each pixel becomes a square of this many pixels")
        self.scale_spin.setMaximumWidth(56)
        self.scale_spin.valueChanged.connect(state.set_export_scale)
        state.exportScaleChanged.connect(self._show_scale)
        self.export_status = QLabel("")
        self.export_status.setObjectName("hint")
        self.export_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.keys_button = QToolButton()
        self.keys_button.setText("Keyframes")
        self.keys_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.keys_button.setToolTip("Save the keyframes as JSON, or open a saved path. "
                                    "latentlab interpolate MODEL --keyframes FILE renders a saved path from the "
                                    "command line, frame for frame the same")
        keys_menu = QMenu(self)
        self.save_action = keys_menu.addAction("Save keyframes…", self._save_dialog)
        keys_menu.addAction("Open keyframes…", self._open_dialog)
        self.keys_button.setMenu(keys_menu)
        export = QHBoxLayout()
        export.setSpacing(3)
        export.addWidget(QLabel("Export:"))
        for w in (self.gif_button, self.mp4_button, self.sheet_button, self.scale_spin):
            export.addWidget(w)
        export.addWidget(self.export_status, 1)
        export.addWidget(self.keys_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(3)
        layout.addLayout(sources)
        layout.addLayout(body, 1)
        layout.addLayout(controls)
        layout.addWidget(self.strip_scroll)
        layout.addLayout(export)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self._on_fps(self.fps_spin.value())

        path.changed.connect(self._on_changed)
        path.rendered.connect(self._on_rendered)
        path.frameChanged.connect(self._on_frame)
        state.modelChanged.connect(self._on_model)
        tools.exportBusy.connect(self.export_status.setText)
        self._on_model(state.model)
        if path.ready:  # built after the path was rendered
            self._on_rendered()

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    # --- model ---------------------------------------------------------------------------------
    def _on_model(self, model: ModelSummary | None) -> None:
        self.set_playing(False)
        self.setEnabled(model is not None)
        self.table.setColumnHidden(1, not (model is not None and model.conditional))
        self._structure = ()
        self._on_changed()

    # --- the table -----------------------------------------------------------------------------
    def _on_changed(self) -> None:
        structure = tuple(id(k) for k in self.path.keyframes)
        if structure != self._structure:
            self._rebuild_table()
            self._structure = structure
        else:
            self._sync_segments()
        self.strip.set_frames(None, [])
        n = self.path.count
        if n == 0:
            self.frame_label.setText("Add two or more keyframes")
        elif n == 1:
            self.frame_label.setText("1 keyframe: add another")
        else:
            self.frame_label.setText(f"{self.path.frame_count} frames · rendering…")
        self.norm_curve.setData([], [])
        self.norm_keys.clear()
        self._update_buttons()

    def _rebuild_table(self) -> None:
        model = self.state.model
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(self.path.count)
        for i, kf in enumerate(self.path.keyframes):
            item = QTableWidgetItem(f"{i + 1}. {kf.name}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(f"<b>{kf.name}</b><br>from: {kf.source or '?'}<br>‖z‖ = {float(np.linalg.norm(kf.z)):.2f}")
            self.table.setItem(i, 0, item)
            cls = QTableWidgetItem("" if kf.label is None or model is None or not model.conditional
                                   else str(model.class_names[kf.label]) if kf.label < len(model.class_names)
                                   else str(kf.label))
            cls.setFlags(cls.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(i, 1, cls)
            if i < self.path.count - 1:
                combo = QComboBox()
                for m in MODES:
                    combo.addItem(m, m)
                    combo.setItemData(combo.count() - 1, MODE_TIPS[m], Qt.ItemDataRole.ToolTipRole)
                combo.setToolTip(MODE_TIPS["lerp"] + "<br><br>" + MODE_TIPS["slerp"])
                combo.setCurrentIndex(MODES.index(self.path.modes[i]))
                combo.activated.connect(lambda j, seg=i, c=combo: self.path.set_mode(seg, c.itemData(j)))
                self.table.setCellWidget(i, 2, combo)
                spin = QSpinBox()
                spin.setRange(1, MAX_FRAMES_PER_SEGMENT)
                spin.setValue(self.path.frames_per_segment[i])
                spin.setToolTip("Frames from this keyframe to the next")
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda v, seg=i: self.path.set_frames(seg, v))
                self.table.setCellWidget(i, 3, spin)
            else:
                for c in (2, 3):
                    end = QTableWidgetItem("end" if c == 2 else "")
                    end.setFlags(end.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(i, c, end)
        self.table.blockSignals(False)
        self._show_thumbs()

    def _sync_segments(self) -> None:
        for i in range(min(self.path.count - 1, self.table.rowCount())):
            combo = self.table.cellWidget(i, 2)
            spin = self.table.cellWidget(i, 3)
            if isinstance(combo, QComboBox):
                combo.blockSignals(True)
                combo.setCurrentIndex(MODES.index(self.path.modes[i]))
                combo.blockSignals(False)
            if isinstance(spin, QSpinBox):
                spin.blockSignals(True)
                spin.setValue(self.path.frames_per_segment[i])
                spin.blockSignals(False)

    def _show_thumbs(self) -> None:
        for i in range(min(self.path.count, self.table.rowCount())):
            item = self.table.item(i, 0)
            thumb = self.path.keyframe_thumb(i)
            if item is not None:
                self.table.blockSignals(True)
                item.setIcon(QIcon(QPixmap.fromImage(frame_to_qimage(thumb, copy=True))) if thumb is not None else QIcon())
                self.table.blockSignals(False)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        i = item.row()
        text = item.text().strip()
        prefix = f"{i + 1}. "
        name = text[len(prefix):] if text.startswith(prefix) else text
        self.path.rename(i, name.strip())

    def _on_cell_double_clicked(self, row: int, col: int) -> None:
        if col == 1 and 0 <= row < self.path.count:  # class cell: go to the keyframe instead
            self._go_to_keyframe(row)

    def _go_to_keyframe(self, i: int) -> None:
        kf = self.path.keyframes[i]
        if kf.label is not None and self.state.model is not None and self.state.model.conditional:
            self.state.set_label(kf.label)
        self.state.set_z(kf.z)

    def selected(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    def _move(self, step: int) -> None:
        i = self.selected()
        if i >= 0 and self.path.move(i, i + step):
            self.table.selectRow(i + step)

    def _remove(self) -> None:
        i = self.selected()
        if i >= 0:
            self.path.remove(i)
            if self.path.count:
                self.table.selectRow(min(i, self.path.count - 1))

    def _clear(self) -> None:
        self.set_playing(False)
        self.path.clear()

    def _update_buttons(self) -> None:
        has_model = self.state.model is not None
        i = self.selected()
        self.up_button.setEnabled(i > 0)
        self.down_button.setEnabled(0 <= i < self.path.count - 1)
        self.remove_button.setEnabled(i >= 0)
        self.clear_button.setEnabled(self.path.count > 0)
        ready = self.path.count >= 2
        for b in (self.gif_button, self.mp4_button, self.sheet_button, self.play_button, self.save_action):
            b.setEnabled(ready and has_model)
        self.add_bookmark.setEnabled(has_model)

    def _fill_bookmarks(self) -> None:
        self.bookmark_menu.clear()
        model = self.state.model
        found = False
        for i, b in enumerate(self.state.bookmarks):
            if model is not None and len(b.z) == model.latent_dim:
                a = self.bookmark_menu.addAction(b.name + ("" if b.model_path == model.path else f"  ({b.model_name})"))
                a.triggered.connect(lambda _c=False, j=i: self.tools.add_bookmark(j))
                found = True
        if not found:
            a = self.bookmark_menu.addAction("(no bookmarks for this model yet: Ctrl+B keeps the current point)")
            a.setEnabled(False)

    def _add_seed(self) -> None:
        if self.tools.add_seed(self.seed_spin.value()):
            self.seed_spin.setValue(self.seed_spin.value() + 1)

    def _add_random(self) -> None:
        self.tools.add_seed(int(np.random.default_rng().integers(0, 2**31 - 1)))

    # --- rendered frames -----------------------------------------------------------------------
    def _on_rendered(self) -> None:
        frames = self.path.frames
        self.strip.set_frames(frames, self.path.key_indices)
        self._show_thumbs()
        self._draw_norms()
        self._on_frame(self.path.frame)
        self._update_buttons()

    def _draw_norms(self) -> None:
        latents = self.path.latents
        if latents is None:
            return
        d = latents.shape[1]
        norms = np.linalg.norm(latents.astype(np.float64), axis=1)
        typical = math.sqrt(d)
        x = np.arange(len(norms))
        self.norm_curve.setData(x, norms)
        keys = self.path.key_indices
        self.norm_keys.setData(x=np.asarray(keys, np.float64), y=norms[keys])
        self.shell_line.setValue(typical)
        self.shell.setRegion((max(0.0, typical - SHELL_HALF_WIDTH), typical + SHELL_HALF_WIDTH))
        lo = min(float(norms.min()), typical - SHELL_HALF_WIDTH)
        hi = max(float(norms.max()), typical + SHELL_HALF_WIDTH)
        self.norm_plot.setYRange(max(0.0, lo - 0.5), hi + 0.5, padding=0)
        self.norm_plot.setXRange(0, max(1, len(norms) - 1), padding=0.02)
        dip = typical - float(norms.min())
        modes = set(self.path.modes)
        self.norm_note.setText(f"√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {norms.min():.2f}"
                               + (" — a lerp dip into the middle" if "lerp" in modes and dip > SHELL_HALF_WIDTH
                                  else ""))

    def _on_frame(self, i: int) -> None:
        frame = self.path.current_frame()
        self.strip.set_current(i)
        n = self.path.frame_count
        if frame is not None:
            key = self.path.key_indices.index(i) + 1 if i in self.path.key_indices else None
            self.frame_label.setText(f"frame {i + 1} / {n}" + (f" · keyframe {key}" if key else ""))
            self.now_line.setValue(i)
            cr = self.strip.cell_rect(i)
            self.strip_scroll.ensureVisible(cr.center().x(), cr.center().y(), cr.width() * 2, 0)

    # --- playback ------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_playing(self, on: bool) -> None:
        on = bool(on) and self.path.count >= 2
        if on and not self.path.ready:
            self.tools.wait_path(10)
            on = self.path.ready
        if on:
            if self.path.frame >= self.path.frame_count - 1 and self.direction > 0 and not self.pingpong_box.isChecked():
                self.path.set_frame(0)
            self.timer.start()
        else:
            self.timer.stop()
        self.play_button.blockSignals(True)
        self.play_button.setChecked(on)
        self.play_button.setText("❚❚ Pause" if on else "▶ Play")
        self.play_button.blockSignals(False)

    def _on_fps(self, fps: int) -> None:
        self.timer.setInterval(max(1, int(round(1000 / max(1, fps)))))

    def _tick(self) -> None:
        n = self.path.frame_count
        if not self.path.ready or n < 1:
            self.set_playing(False)
            return
        i = self.path.frame + self.direction
        if self.pingpong_box.isChecked():
            if i >= n:
                self.direction, i = -1, max(0, n - 2)
            elif i < 0:
                if not self.loop_box.isChecked():
                    self.direction = 1
                    self.set_playing(False)
                    return
                self.direction, i = 1, min(1, n - 1)
        elif i >= n:
            if not self.loop_box.isChecked():
                self.set_playing(False)
                return
            i = 0
        elif i < 0:
            self.direction, i = 1, 0
        self.path.set_frame(i)
        self._present()

    def scrub(self, i: int) -> None:
        """Show frame ``i`` (the frames are cached: no rendering)."""
        self.path.set_frame(i)
        self._present()

    def _present(self) -> None:
        frame = self.path.current_frame()
        if frame is not None and self.big_box.isChecked():
            n = len(self.path.latents) if self.path.latents is not None else 0
            self.previewFrame.emit(frame, f"path frame {self.path.frame + 1} of {n}")

    def go_to_frame(self, i: int) -> None:
        """Make the latent of frame ``i`` the current point."""
        if self.path.latents is None or not 0 <= i < len(self.path.latents):
            return
        model = self.state.model
        if model is not None and model.conditional and self.path.keyframes:
            seg = max(j for j, k in enumerate(self.path.key_indices) if k <= i) if self.path.key_indices else 0
            label = self.path.keyframes[min(seg, self.path.count - 1)].label
            if label is not None:
                self.state.set_label(label)
        self.state.set_z(self.path.latents[i])

    # --- files ---------------------------------------------------------------------------------
    def _show_scale(self, s: int) -> None:
        if self.scale_spin.value() != s:
            self.scale_spin.blockSignals(True)
            self.scale_spin.setValue(s)
            self.scale_spin.blockSignals(False)

    def _stem(self) -> str:
        m = self.state.model
        return f"{m.name}-path" if m else "path"

    def _export_dialog(self, kind: str) -> None:
        ext, pattern = {"gif": (".gif", "GIF (*.gif)"), "mp4": (".mp4", "MP4 video (*.mp4)"),
                        "sheet": (".png", "PNG (*.png)")}[kind]
        out, _ = QFileDialog.getSaveFileName(self, "Export the path", str(Path.home() / (self._stem() + ext)), pattern)
        if out:
            self.export(kind, out)

    def export(self, kind: str, out: str | Path) -> bool:
        return self.tools.export(kind, out, scale=self.state.export_scale, fps=self.fps_spin.value(),
                                 pingpong=self.pingpong_box.isChecked())

    def _save_dialog(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self, "Save keyframes", str(Path.home() / (self._stem() + ".json")),
                                             "Path JSON (*.json)")
        if out:
            self.tools.save_keyframes(out)

    def _open_dialog(self) -> None:
        src, _ = QFileDialog.getOpenFileName(self, "Open keyframes", str(Path.home()), "Path JSON (*.json);;All files (*)")
        if src:
            self.tools.load_keyframes(src)
