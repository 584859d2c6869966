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

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.common.i18n import fmt
from latentlab.ui.common.qt_helpers import frame_to_qimage
from latentlab.ui.common.state import ExplorerState, ModelSummary
from latentlab.ui.common.widgets import note_label, tool_button
from latentlab.ui.latent.filmstrip import STRIP_HEIGHT, Filmstrip
from latentlab.ui.latent.norm_plot import NormPlot
from latentlab.ui.latent.path_state import MAX_FRAMES_PER_SEGMENT, MODES, PathState


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
        self.mode_tips = {
            "lerp": self.tr("lerp: straight line between the two keyframes. Halfway, ‖z‖ shrinks towards the "
                            "centre, where the prior (and the training data) almost never is: images often fade "
                            "or blur there."),
            "slerp": self.tr("slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays "
                             "in the shell where latents of the prior live, so every frame looks like a sample."),
        }

        # --- keyframe sources ---------------------------------------------------------------------
        self.add_point = tool_button(self.tr("+ Point"),
                                     self.tr("Add the point you are looking at as the next keyframe"),
                                     lambda: self.tools.add_current_point())
        self.add_seed = tool_button(self.tr("+ Seed"), self.tr("Add the prior sample of the seed on the right as a "
                                                               "keyframe (then the next seed is offered)"),
                                    self._add_seed)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setMaximumWidth(70)
        self.seed_spin.setToolTip(self.tr("A seed: a reproducible random point of the prior"))
        self.add_random = tool_button(self.tr("+ Random"), self.tr("Add a random prior sample as a keyframe"),
                                      self._add_random)
        self.add_bookmark = tool_button(self.tr("+ Bookmark"), self.tr("Add one of your bookmarks as a keyframe"))
        self.add_bookmark.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bookmark_menu = QMenu(self)
        self.bookmark_menu.aboutToShow.connect(self._fill_bookmarks)
        self.add_bookmark.setMenu(self.bookmark_menu)
        self.add_sweep = tool_button(self.tr("+ Sweep"), self.tr(
            "Make the path a sweep along the slider you moved last (a smile, say): from one end of the "
            "sliders' range to the other through the current point, everything else unchanged"),
            lambda: self.tools.add_sweep())
        self.add_sweep.setObjectName("pathAddSweep")
        self.add_steered = tool_button(self.tr("+ Steered"), self.tr(
            "Like + Sweep along a named factor (a smile, say), but bent at every step so that the factor network "
            "reads every other factor unchanged: a straight direction cannot cancel a side effect that goes one "
            "way in one face and the other way in the next. 13 keyframes; takes a moment"),
            lambda: self.tools.add_steered_sweep())
        self.add_steered.setObjectName("pathAddSteered")
        tools.steeringChanged.connect(lambda busy: self.add_steered.setEnabled(not busy))
        self.add_encoded = tool_button(self.tr("+ Image"), self.tr("Add the image last encoded (or inverted) in the "
                                                                   "“Encode an image” panel"),
                                       lambda: self.tools.add_encoding())
        sources = QHBoxLayout()
        sources.setSpacing(3)
        for w in (self.add_point, self.add_seed, self.seed_spin, self.add_random, self.add_bookmark,
                  self.add_sweep, self.add_steered, self.add_encoded):
            sources.addWidget(w)
        sources.addStretch(1)

        # --- keyframe table -----------------------------------------------------------------------
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Keyframe"), self.tr("Class"), self.tr("then"),
                                              self.tr("frames")])
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
        self.table.setToolTip(self.tr("The keyframes in order. 'then' and 'frames': how the path travels to the "
                                      "next keyframe. Double-click a name to rename it."))
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.up_button = tool_button("▲", self.tr("Move the selected keyframe earlier"), lambda: self._move(-1))
        self.down_button = tool_button("▼", self.tr("Move the selected keyframe later"), lambda: self._move(1))
        self.remove_button = tool_button("✕", self.tr("Remove the selected keyframe"), self._remove)
        self.clear_button = tool_button("⌫", self.tr("Remove every keyframe"), self._clear)
        table_tools = QVBoxLayout()
        table_tools.setSpacing(1)
        for w in (self.up_button, self.down_button, self.remove_button, self.clear_button):
            w.setFixedSize(24, 22)
            table_tools.addWidget(w)
        table_tools.addStretch(1)
        every = self.tr(" (every segment)")
        self.all_lerp = tool_button("lerp", self.mode_tips["lerp"] + every, lambda: self.path.set_all_modes("lerp"))
        self.all_slerp = tool_button("slerp", self.mode_tips["slerp"] + every, lambda: self.path.set_all_modes("slerp"))
        self.frames_all = QSpinBox()
        self.frames_all.setRange(1, MAX_FRAMES_PER_SEGMENT)
        self.frames_all.setValue(path.default_frames)
        self.frames_all.setMaximumWidth(64)
        self.frames_all.setToolTip(self.tr("Frames per segment, for every segment (edit one segment in the table)"))
        self.frames_all.editingFinished.connect(lambda: self.path.set_all_frames(self.frames_all.value()))
        segs = QHBoxLayout()
        segs.setSpacing(3)
        all_label = QLabel(self.tr("All:"))
        all_label.setToolTip(self.tr("Set every segment at once"))
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
        self.norms = NormPlot()
        self.norm_plot = self.norms.plot  # the panel "latent.path.norm"

        body = QHBoxLayout()
        body.setSpacing(6)
        body.addLayout(left, 11)
        body.addWidget(self.norms, 9)

        # --- playback -------------------------------------------------------------------------------
        self.play_button = tool_button(self.tr("▶ Play"), self.tr("Play or pause the path"), self.set_playing,
                                       checkable=True)
        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 60)
        self.fps_spin.setValue(12)
        self.fps_spin.setSuffix(self.tr(" fps"))
        self.fps_spin.setMaximumWidth(76)
        self.fps_spin.setToolTip(self.tr("Playback speed, frames per second (also the speed of exported GIFs and "
                                         "videos)"))
        self.fps_spin.valueChanged.connect(self._on_fps)
        self.loop_box = QCheckBox(self.tr("Loop"))
        self.loop_box.setChecked(True)
        self.loop_box.setToolTip(self.tr("Start again at the end"))
        self.pingpong_box = QCheckBox(self.tr("Ping-pong"))
        self.pingpong_box.setToolTip(self.tr("Play forwards, then backwards (also used by GIF and MP4 export)"))
        self.big_box = QCheckBox(self.tr("Big image"))
        self.big_box.setChecked(True)
        self.big_box.setToolTip(self.tr("While playing or scrubbing, show the frames on the big image "
                                        "(moving a slider shows the current point again)"))
        self.frame_label = note_label(wrap=True)  # wraps, not cut, where the editor is narrow (1024-px screens)
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
        self.gif_button = tool_button(self.tr("GIF…"), self.tr("Save the path as a looping animated GIF (at the "
                                                                "export scale and speed)"),
                                      lambda: self._export_dialog("gif"))
        self.mp4_button = tool_button(self.tr("MP4…"), self.tr("Save the path as an H.264 video (needs the video "
                                                                "extra: pip install 'latentlab[video]')"),
                                      lambda: self._export_dialog("mp4"))
        from latentlab.core.export import video_unavailable

        self._video_missing = video_unavailable()
        if self._video_missing:
            self.mp4_button.setToolTip(self.tr("MP4 export needs the video extra, which is not installed: "
                                               "pip install 'latentlab[video]'"))
        self.sheet_button = tool_button(self.tr("Sheet…"), self.tr("Save a contact sheet: every frame in one PNG, "
                                                                    "keyframes captioned"),
                                        lambda: self._export_dialog("sheet"))
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(1, 16)
        self.scale_spin.setPrefix("×")
        self.scale_spin.setValue(state.export_scale)
        self.scale_spin.setToolTip(self.tr("Export scale: each pixel becomes a square of this many pixels"))
        self.scale_spin.setMaximumWidth(56)
        self.scale_spin.valueChanged.connect(state.set_export_scale)
        state.exportScaleChanged.connect(self._show_scale)
        self.export_status = note_label(wrap=False)
        self.keys_button = tool_button(self.tr("Keyframes"), self.tr(
            "Save the keyframes as JSON, or open a saved path. latentlab interpolate MODEL --keyframes FILE "
            "renders a saved path from the command line, frame for frame the same"))
        self.keys_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        keys_menu = QMenu(self)
        self.save_action = keys_menu.addAction(self.tr("Save keyframes…"), self._save_dialog)
        keys_menu.addAction(self.tr("Open keyframes…"), self._open_dialog)
        self.keys_button.setMenu(keys_menu)
        export = QHBoxLayout()
        export.setSpacing(3)
        export.addWidget(QLabel(self.tr("Export:")))
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
            self.frame_label.setText(self.tr("Add two or more keyframes"))
        elif n == 1:
            self.frame_label.setText(self.tr("1 keyframe: add another"))
        else:
            self.frame_label.setText(self.tr("%n frame(s) · rendering…", "", self.path.frame_count))
        self.norms.clear()
        self._update_buttons()

    def _rebuild_table(self) -> None:
        model = self.state.model
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(self.path.count)
        for i, kf in enumerate(self.path.keyframes):
            item = QTableWidgetItem(f"{i + 1}. {kf.name}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(fmt(self.tr("<b>{name}</b><br>from: {source}<br>‖z‖ = {norm:.2f}"),
                name=kf.name, source=kf.source or "?", norm=float(np.linalg.norm(kf.z))))
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
                    combo.setItemData(combo.count() - 1, self.mode_tips[m], Qt.ItemDataRole.ToolTipRole)
                combo.setToolTip(self.mode_tips["lerp"] + "<br><br>" + self.mode_tips["slerp"])  # i18n: as is (tips are)
                combo.setCurrentIndex(MODES.index(self.path.modes[i]))
                combo.activated.connect(lambda j, seg=i, c=combo: self.path.set_mode(seg, c.itemData(j)))
                self.table.setCellWidget(i, 2, combo)
                spin = QSpinBox()
                spin.setRange(1, MAX_FRAMES_PER_SEGMENT)
                spin.setValue(self.path.frames_per_segment[i])
                spin.setToolTip(self.tr("Frames from this keyframe to the next"))
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(lambda v, seg=i: self.path.set_frames(seg, v))
                self.table.setCellWidget(i, 3, spin)
            else:
                for c in (2, 3):
                    end = QTableWidgetItem(self.tr("end") if c == 2 else "")
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
        if self._video_missing:  # say so before a file name is chosen, not after
            self.mp4_button.setEnabled(False)
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
            a = self.bookmark_menu.addAction(
                self.tr("(no bookmarks for this model yet: Ctrl+B keeps the current point)"))
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
        if self.path.latents is not None:
            self.norms.show_norms(self.path.latents, self.path.key_indices, self.path.modes)

    def _on_frame(self, i: int) -> None:
        frame = self.path.current_frame()
        self.strip.set_current(i)
        n = self.path.frame_count
        if frame is not None:
            key = self.path.key_indices.index(i) + 1 if i in self.path.key_indices else None
            self.frame_label.setText(self.tr("frame {i} / {n}").format(i=i + 1, n=n)
                                     + (self.tr(" · keyframe {k}").format(k=key) if key else ""))
            self.norms.set_now(i)
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
        self.play_button.setText(self.tr("❚❚ Pause") if on else self.tr("▶ Play"))
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
            self.previewFrame.emit(frame, self.tr("path frame {i} of {n}").format(i=self.path.frame + 1, n=n))

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
        ext, pattern = {"gif": (".gif", self.tr("GIF (*.gif)")), "mp4": (".mp4", self.tr("MP4 video (*.mp4)")),
                        "sheet": (".png", self.tr("PNG (*.png)"))}[kind]
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Export the path"), str(Path.home() / (self._stem() + ext)),
                                             pattern)
        if out:
            self.export(kind, out)

    def export(self, kind: str, out: str | Path) -> bool:
        return self.tools.export(kind, out, scale=self.state.export_scale, fps=self.fps_spin.value(),
                                 pingpong=self.pingpong_box.isChecked())

    def _save_dialog(self) -> None:
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save keyframes"),
                                             str(Path.home() / (self._stem() + ".json")), self.tr("Path JSON (*.json)"))
        if out:
            self.tools.save_keyframes(out)

    def _open_dialog(self) -> None:
        src, _ = QFileDialog.getOpenFileName(self, self.tr("Open keyframes"), str(Path.home()),
                                             self.tr("Path JSON (*.json);;All files (*)"))
        if src:
            self.tools.load_keyframes(src)
