"""The latent tools as a feature: the latent map, the encode panel and the path editor in docks,
their View-menu entries, Point ▸ Add to path, and the commands lessons drive them with
(``latent.path.set``, ``latent.path.play``, ``latent.path.describe``, ``latent.map.decoded``).

The map sits under the sliders (easy to find); the path editor and the encode panel are tabs
beside the samples (their column widens when they are shown).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, QTimer, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from latentlab.ui.common.actions import ActionSpec, FeatureObject
from latentlab.ui.common.state import ModelSummary
from latentlab.ui.latent.path_state import PathKeyframe
from latentlab.ui.latent.tools import LatentTools

#: width the path editor and the encode panel ask for when their tab is shown
WIDE_PANEL = 620
TALL_PANEL = 350


class LatentFeature(FeatureObject):
    """Registers the latent map, the encode panel and the path editor on the host."""

    id = "latent"

    def __init__(self) -> None:
        super().__init__()
        self.tools: LatentTools | None = None
        self._path_key: tuple | None = None
        self._play_when_ready = False

    def install(self, host: Any) -> None:
        from latentlab.ui.latent.encode_panel import EncodePanel
        from latentlab.ui.latent.latent_map import LatentMap
        from latentlab.ui.latent.path_editor import PathEditor

        self.attach(host)
        tools = self.tools = LatentTools(host.state, host.controller, host.messages, host)
        self.map = LatentMap(host.state, tools.path, tools)
        # Built right away (lessons and scripts address them as panels): measured, building them
        # later saved nothing on the cold start, which waits for torch anyway.
        self.path_editor = PathEditor(host.state, tools.path, tools)
        self.path_editor.previewFrame.connect(host.image_view.show_preview)
        self.encode_panel = EncodePanel(host.state, tools)
        tools._build_panel = {"paths": self.path_editor, "encode": self.encode_panel}.__getitem__

        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        before = "explorer.rescan"  # after the explorer's own panels in the View menu
        host.add_dock("latent.map", QT_TRANSLATE_NOOP("latent", "Latent map"), self.map, right,
                      QT_TRANSLATE_NOOP("latent", "The data in latent space: click to go somewhere, drag the target "
                                                  "to scrub"), menu="view", before=before)
        host.add_dock("latent.path", QT_TRANSLATE_NOOP("latent", "Path"), self._scroll(self.path_editor, "paths"),
                      bottom,
                      QT_TRANSLATE_NOOP("latent", "Interpolation paths through keyframes: play, compare lerp and "
                                                  "slerp, export"),
                      menu="view", before=before, panel=self.path_editor)
        host.add_dock("latent.encode", QT_TRANSLATE_NOOP("latent", "Encode an image"),
                      self._scroll(self.encode_panel, "encode"), bottom,
                      QT_TRANSLATE_NOOP("latent", "Drop a picture to find its place in latent space (VAEs encode, "
                                                  "GANs invert)"),
                      menu="view", before=before, panel=self.encode_panel)
        host.add_panel("latent.path.filmstrip", self.path_editor.strip_scroll)
        host.add_panel("latent.path.norm", self.path_editor.norm_plot)
        host.add_panel("latent.map.manifold", self.map)
        self._default_places()

        for ident in ("latent.path", "latent.encode"):
            d = host.dock(ident)
            d.visibilityChanged.connect(lambda v, d=d: QTimer.singleShot(0, lambda: self._widen(v, d)))
        host.state.modelChanged.connect(lambda m: QTimer.singleShot(0, lambda: self._share_right_column(m)))

        host.add_action(ActionSpec(
            "latent.path.add_point", QT_TRANSLATE_NOOP("latent", "Add to &path"), self._add_point, "point",
            tip=QT_TRANSLATE_NOOP("latent", "Add the current point as the next keyframe of the interpolation path")))
        host.layoutReset.connect(lambda: QTimer.singleShot(0, self._default_places))
        host.add_command("latent.path.set", self.set_path)
        host.add_command("latent.path.play", self.play_path)
        host.add_command("latent.path.describe", self.describe_path)
        host.add_command("latent.map.decoded", self.map.set_decoded_view)
        watcher = _WindowWatcher(tools, host)
        host.installEventFilter(watcher)
        self._watcher = watcher

    @staticmethod
    def _scroll(panel: QWidget, name: str) -> QWidget:
        area = FitScrollArea(panel)  # a small dock scrolls instead of growing the whole window
        area.setObjectName(f"{name}Scroll")
        return area

    def _add_point(self) -> None:
        self.tools.add_current_point()
        dock = self.host.dock("latent.path")
        dock.show()
        dock.raise_()

    # --- layout --------------------------------------------------------------------------------
    def _default_places(self) -> None:
        """The map under the sliders; the path editor and the encode panel as tabs beside the samples."""
        w = self.host
        mp, paths, enc = (w.dock(i) for i in ("latent.map", "latent.path", "latent.encode"))
        sliders, grid = w.dock("explorer.sliders"), w.dock("explorer.grid")
        for d in (mp, paths, enc):
            d.setFloating(False)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, mp)
        w.splitDockWidget(sliders, mp, Qt.Orientation.Vertical)
        w.tabifyDockWidget(grid, paths)
        w.tabifyDockWidget(paths, enc)
        for d in (mp, paths, enc):
            d.show()
        grid.raise_()
        h = max(400, w.height())
        w.resizeDocks([sliders, mp], [int(h * 0.52), int(h * 0.48)], Qt.Orientation.Vertical)

    def _widen(self, visible: bool, d: Any) -> None:
        """The path editor and the encode panel want more room than the samples: give their column more."""
        w = self.host
        if not visible or d.isFloating() or w.dockWidgetArea(d) != Qt.DockWidgetArea.BottomDockWidgetArea:
            return
        other = w.dock("explorer.bookmarks")
        if other.isVisible() and not other.isFloating() and d.width() < WIDE_PANEL:
            total = d.width() + other.width()
            want = min(WIDE_PANEL, int(total * 0.75))
            if want > d.width():
                w.resizeDocks([d, other], [want, total - want], Qt.Orientation.Horizontal)
        tall = min(TALL_PANEL, int(w.height() * 0.42))
        if d.height() < tall:
            w.resizeDocks([d], [tall], Qt.Orientation.Vertical)

    def _share_right_column(self, model: ModelSummary | None) -> None:
        """Few latent numbers need few sliders: the map under them gets the room they leave."""
        w = self.host
        top, bottom = w.dock("explorer.sliders"), w.dock("latent.map")
        if model is None or any(d.isFloating() or not d.isVisible() for d in (top, bottom)):
            return
        if not (w.dockWidgetArea(top) == w.dockWidgetArea(bottom) == Qt.DockWidgetArea.RightDockWidgetArea):
            return
        total = top.height() + bottom.height()
        want = 190 + 24 * min(model.latent_dim, 16)
        want = int(min(max(want, 0.3 * total), 0.52 * total))
        w.resizeDocks([top, bottom], [want, total - want], Qt.Orientation.Vertical)

    # --- commands --------------------------------------------------------------------------------
    def set_path(self, seeds: list[int], mode: str | list[str] = "slerp", frames: int | list[int] = 16) -> str:
        """Make the path the seeds' prior draws (at the explorer's truncation and class);
        returns "" or why it could not."""
        st, ps = self.host.state, self.tools.path
        m = st.model
        if m is None:
            return ""
        n = len(seeds) - 1
        modes = list(mode) if isinstance(mode, list) else [mode] * n
        counts = [int(f) for f in frames] if isinstance(frames, list) else [int(frames)] * n
        trunc = float(st.truncation) if m.truncates else 1.0
        label = st.label if m.conditional else None
        key = (m.path, tuple(seeds), tuple(modes), tuple(counts), round(trunc, 4), label)
        if key == self._path_key and ps.count == len(seeds):
            return ""
        keyframes = [PathKeyframe(st.seed_to_latent(s, m.latent_dim, trunc), label, self.tr("seed {seed}").format(seed=s),
                                  self.tr("seed {seed}").format(seed=s), int(s)) for s in seeds]
        try:
            ps.replace(keyframes, modes, counts)
        except ValueError as exc:
            return str(exc)
        self._path_key = key
        return ""

    def play_path(self, on: bool = True) -> None:
        """Play (once the frames are rendered) or stop the path editor's animation."""
        ps = self.tools.path
        if self._play_when_ready:
            ps.rendered.disconnect(self._play_rendered)
            self._play_when_ready = False
        if on and not ps.ready:
            self._play_when_ready = True
            ps.rendered.connect(self._play_rendered)
            return
        self.path_editor.set_playing(on)

    def _play_rendered(self) -> None:
        self.play_path(True)

    def describe_path(self) -> tuple[dict[str, Any] | None, str]:
        """The path as a lesson ``path`` table (seeds, mode, frames), and a note on what was left out.

        Lessons describe a path by its seeds only, so a path with an encoded image or a bookmark
        among its keyframes is not described.
        """
        ps = self.tools.path
        if ps.count < 2:
            return None, ""
        seeds = []
        for k in ps.keyframes:
            # a seed's stop says so; one read from an older keyframes file only in its English source text
            match = re.fullmatch(r"seed (\d+)", (k.source or "").strip()) if k.seed is None else None
            if k.seed is None and match is None:
                return None, self.tr("The path was not recorded: lessons store paths of seeds only, and this "
                                     "path has keyframes from other sources (encoded images, bookmarks or edited "
                                     "points).")
            seeds.append(int(k.seed) if k.seed is not None else int(match.group(1)))
        modes = list(ps.modes)
        path: dict[str, Any] = {"seeds": seeds, "mode": modes[0] if len(set(modes)) == 1 else modes}
        frames = list(ps.frames_per_segment)
        note = ""
        if frames and all(f == frames[0] for f in frames):
            path["frames"] = int(frames[0])
        else:
            note = self.tr("The path's frame counts differ between segments; they were not recorded (the lesson "
                           "uses its default).")
        return path, note


class FitScrollArea(QScrollArea):
    """Shows a panel at the dock's size, or at its minimum size with scroll bars when the dock is smaller.

    (QScrollArea's own resizing follows height-for-width, which word-wrapped labels make far
    taller than needed.)"""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(widget)

    def _fit(self) -> None:
        w = self.widget()
        if w is None:
            return
        vp = self.viewport().size()
        m = w.minimumSizeHint().expandedTo(w.minimumSize())
        w.resize(max(vp.width(), m.width()), max(vp.height(), m.height()))

    def resizeEvent(self, ev) -> None:  # noqa: N802
        super().resizeEvent(ev)
        self._fit()

    def viewportEvent(self, ev) -> bool:  # noqa: N802 - scroll bars coming and going resize the viewport
        if ev.type() == QEvent.Type.Resize:
            self._fit()
        return super().viewportEvent(ev)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(80, 60)


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".gif", ".tif", ".tiff")


class _WindowWatcher(QObject):
    """Watches the main window: stops the tools' threads when it closes (before its own shutdown),
    and takes the drops that are for the tools — pictures (to encode) and path files (keyframes).
    Models, exports with their sidecar and sessions still go to the window."""

    def __init__(self, tools: LatentTools, window: Any) -> None:
        super().__init__(window)
        self.tools = tools
        self.window = window

    def _ours(self, ev: Any) -> tuple[str, str] | None:
        md = ev.mimeData()
        files = [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []
        if not files:
            return None
        p = Path(files[0])
        suffix = p.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            from latentlab.core.sidecar import sidecar_path

            if suffix == ".png" and sidecar_path(p).is_file():
                return None  # an export of latentlab: the window goes to its point
            return "image", str(p)
        if suffix == ".json" and p.is_file():
            try:
                import json

                with open(p, encoding="utf-8") as fh:
                    head = json.load(fh)
            except (OSError, ValueError):
                return None
            if isinstance(head, dict) and str(head.get("format", "")).startswith("latentlab-path"):
                return "path", str(p)
        return None

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = ev.type()
        if kind == QEvent.Type.Close:
            self.tools.shutdown()
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._ours(ev) is not None:
            ev.acceptProposedAction()
            return True
        elif kind == QEvent.Type.Drop:
            ours = self._ours(ev)
            if ours is not None:
                what, path = ours
                dock = self.window.dock("latent.encode" if what == "image" else "latent.path")
                dock.show()
                dock.raise_()
                if what == "image":
                    self.tools.encode(path)
                else:
                    self.tools.load_keyframes(path)
                ev.acceptProposedAction()
                return True
        return False
