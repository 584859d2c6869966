"""The explorer window: models on the left, the image in the middle, sliders on the right,
samples and bookmarks below. It only lays widgets out and wires menus and keys to the controller."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from latentlab.ui.explorer.bookmarks import BookmarksPanel
from latentlab.ui.explorer.controller import Controller
from latentlab.ui.common.image_view import ImageView
from latentlab.ui.explorer.latent_sliders import LatentSliders
from latentlab.ui.common.messages import Message, Messenger
from latentlab.ui.explorer.model_browser import ModelBrowser
from latentlab.ui.explorer.model_card import ModelCard
from latentlab.ui.explorer.point_controls import PointControls
from latentlab.ui.common.qt_helpers import frame_to_qimage, make_action
from latentlab.ui.explorer.sample_grid import SampleGrid
from latentlab.ui.common.state import ExplorerState

MODEL_SUFFIXES = (".safetensors", ".json", ".pt")
EXPORT_SCALES = (1, 2, 4, 8, 16)
SHORTCUTS = [
    ("R", "Jump to a random point (new seed)"),
    ("Home", "Back to the origin z = 0"),
    ("Arrow keys", "Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)"),
    ("Ctrl+B", "Bookmark the current point"),
    ("Ctrl+E", "Export the image as PNG"),
    ("Ctrl+Shift+E", "Export the sample grid as PNG"),
    ("Ctrl+Shift+C", "Copy the image to the clipboard"),
    ("Ctrl+S / Ctrl+L", "Save / load the current point as JSON"),
    ("Ctrl+O", "Open a model file"),
    ("F", "Fit the image to the window"),
    ("G", "Show or hide the pixel grid"),
    ("Ctrl+F5", "Look for models again"),
    ("F5 / Esc", "Presentation mode: full screen, large type (Esc leaves)"),
    ("Page Down / Page Up, → / ←", "Next / previous lesson step (arrows: when no slider has the focus)"),
    ("F11", "Full screen"),
]


class MainWindow(QMainWindow):
    """The latentlab explorer."""

    def __init__(self, device: str = "auto", dialogs: bool = True, load_session: bool = True) -> None:
        super().__init__()
        self.setWindowTitle("latentlab")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowNestedDocks)
        self.state = ExplorerState(self)
        self.messages = Messenger(self, dialogs=dialogs)
        self.controller = Controller(self.state, self.messages, device=device, parent=self,
                                     load_session_file=load_session)
        self._closed = False

        # centre
        self.image_view = ImageView(self.state)
        self.setCentralWidget(self.image_view)
        # left
        self.browser = ModelBrowser(self.state)
        self.card = ModelCard(self.state)
        # right
        self.point = PointControls(self.state)
        self.sliders = LatentSliders(self.state)
        right = QWidget()
        right.setObjectName("latentPanel")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 6, 4, 4)
        rl.setSpacing(8)
        rl.addWidget(self.point)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        rl.addWidget(line)
        rl.addWidget(self.sliders, 1)
        # bottom
        self.grid = SampleGrid(self.state)
        self.bookmarks = BookmarksPanel(self.state)
        self.bookmarks.request_thumbnail = self.controller.request_thumbnail

        self.dock_models = self._dock("Models", "models", self.browser, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock_card = self._dock("Model card", "card", self.card, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.dock_latent = self._dock("Latent space", "latent", right, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_grid = self._dock("Samples", "grid", self.grid, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock_bookmarks = self._dock("Bookmarks", "bookmarks", self.bookmarks,
                                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.dock_models, self.dock_card, Qt.Orientation.Vertical)
        self.splitDockWidget(self.dock_grid, self.dock_bookmarks, Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        # wiring: results → views
        self.controller.frameReady.connect(self.image_view.set_frame)
        self.controller.gridReady.connect(self.grid.set_samples)
        self.controller.thumbnailReady.connect(self.bookmarks.set_thumbnail)
        self.browser.openFileClicked.connect(self.open_dialog)
        self.image_view.exportClicked.connect(self.export_image_dialog)
        self.image_view.copyClicked.connect(self.copy_image)

        self._build_status_bar()
        self._build_menus()
        from latentlab.ui.compare.view import install as install_compare  # View ▸ Compare models (Ctrl+K)

        self.compare = install_compare(self)
        self.state.modelChanged.connect(self._on_model)
        self.messages.posted.connect(self._show_message)
        self.resize(1440, 900)
        self._default_layout()
        self.bookmarks.refresh()
        from latentlab.ui.latent.tools import install_latent_tools  # latent map, encode an image, paths

        self.latent_tools = install_latent_tools(self)
        from latentlab.ui.classroom.presentation import install_classroom  # presentation (F5), lessons, live training

        self.classroom = install_classroom(self)

    # --- layout ----------------------------------------------------------------------------
    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _default_layout(self) -> None:
        w = self.width()
        self.resizeDocks([self.dock_models, self.dock_latent], [int(w * 0.2), int(w * 0.25)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.dock_models, self.dock_card], [300, 400], Qt.Orientation.Vertical)
        self.resizeDocks([self.dock_grid], [int(self.height() * 0.33)], Qt.Orientation.Vertical)
        self.resizeDocks([self.dock_grid, self.dock_bookmarks], [5, 3], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.device_label = QLabel("")
        self.device_label.setObjectName("statusDevice")
        self.device_label.setToolTip("Where the model runs (change it in the Device menu)")
        self.timing_label = QLabel("")
        self.timing_label.setObjectName("statusTiming")
        self.timing_label.setToolTip("How long the last image took to compute, and how many images per second "
                                     "are being shown")
        bar.addPermanentWidget(self.timing_label)
        bar.addPermanentWidget(self.device_label)
        self.controller.timing.connect(self.timing_label.setText)
        self.controller.deviceText.connect(lambda t: self.device_label.setText(f"device: {t}"))

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        act = make_action(self, text, slot, shortcut, tip, checkable)
        menu.addAction(act)
        self.addAction(act)  # keys work even when the menu bar is hidden (full screen)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self.act_open = self._action(f, "&Open model…", self.open_dialog, QKeySequence.StandardKey.Open,
                                     "Open a .safetensors model or a TorchScript manifest (.json)")
        self.recent_menu = f.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self.act_export = self._action(f, "&Export image…", self.export_image_dialog, "Ctrl+E",
                                       "Save the current image as a PNG, with a JSON file that can recreate it")
        self.act_export_grid = self._action(f, "Export &grid…", self.export_grid_dialog, "Ctrl+Shift+E",
                                            "Save the sample grid as a PNG")
        self.scale_menu = f.addMenu("Export &scale")
        self.scale_group = QActionGroup(self)
        for s in EXPORT_SCALES:
            a = QAction(f"×{s}", self, checkable=True)
            a.setData(s)
            a.triggered.connect(lambda _c=False, s=s: self.state.set_export_scale(s))
            self.scale_group.addAction(a)
            self.scale_menu.addAction(a)
        self.state.exportScaleChanged.connect(self._show_scale)
        self._show_scale(self.state.export_scale)
        self.act_copy = self._action(f, "&Copy image", self.copy_image, "Ctrl+Shift+C",
                                     "Copy the current image (at the export scale) to the clipboard")
        f.addSeparator()
        self._action(f, "&Save latent…", self.save_latent_dialog, QKeySequence.StandardKey.Save,
                     "Save the current point (latent vector, class, seed) as JSON")
        self._action(f, "&Load latent…", self.load_latent_dialog, "Ctrl+L",
                     "Go to a point saved as JSON, or the point of an exported PNG")
        f.addSeparator()
        self._action(f, "Save session &as…", self.save_session_dialog, None,
                     "Save your bookmarks to a file of your choice")
        self._action(f, "Open sessio&n…", self.open_session_dialog, None,
                     "Add the bookmarks of a saved session file")
        f.addSeparator()
        self._action(f, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        p = mb.addMenu("&Point")
        self.act_random = self._action(p, "&Randomize", lambda: self.state.randomize(), "R",
                                       "Jump to a random point (a new seed)")
        self.act_origin = self._action(p, "Back to &origin", self.state.reset, "Home",
                                       "Go to z = 0, the centre of the latent space")
        self.act_bookmark = self._action(p, "&Bookmark", lambda: self.bookmarks.add_current(), "Ctrl+B",
                                         "Save the current point in Bookmarks")

        v = mb.addMenu("&View")
        self._action(v, "&Fit image", self.image_view.fit, "F", "Fit the image to the window")
        self._action(v, "Zoom &in", lambda: self.image_view.zoom(1 / 1.5), QKeySequence.StandardKey.ZoomIn)
        self._action(v, "Zoom &out", lambda: self.image_view.zoom(1.5), QKeySequence.StandardKey.ZoomOut)
        self.act_grid = self._action(v, "&Pixel grid", self.image_view.set_grid_visible, "G",
                                     "Draw a line around every pixel", checkable=True)
        self.image_view.grid_button.toggled.connect(self.act_grid.setChecked)
        v.addSeparator()
        for dock in (self.dock_models, self.dock_card, self.dock_latent, self.dock_grid, self.dock_bookmarks):
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        self._action(v, "&Reset layout", self._reset_layout)
        self._action(v, "Look for &models again", lambda: self.controller.list_models(), "Ctrl+F5")
        self.act_full = self._action(v, "F&ull screen", self.toggle_full_screen, "F11", checkable=True)

        self.device_menu = mb.addMenu("&Device")
        self.device_menu.setToolTipsVisible(True)
        self.device_group = QActionGroup(self)
        self.device_menu.aboutToShow.connect(self._fill_devices)
        self._fill_devices(available=["cpu"])

        h = mb.addMenu("&Help")
        self._action(h, "&Keyboard shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action(h, "&About latentlab", self.show_about)

    @property
    def export_scale(self) -> int:
        return self.state.export_scale

    @export_scale.setter
    def export_scale(self, scale: int) -> None:
        self.state.set_export_scale(scale)

    def _show_scale(self, scale: int) -> None:
        for a in self.scale_group.actions():
            a.setChecked(a.data() == scale)

    def _reset_layout(self) -> None:
        for dock in (self.dock_models, self.dock_card, self.dock_latent, self.dock_grid, self.dock_bookmarks):
            dock.setFloating(False)
            dock.show()
        self._default_layout()

    # --- menus filled on demand ------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        if not self.state.recent_files:
            a = self.recent_menu.addAction("(none yet)")
            a.setEnabled(False)
        for path in self.state.recent_files:
            a = self.recent_menu.addAction(Path(path).name + ("" if Path(path).is_file() else "  (missing)"))
            a.setToolTip(path)
            a.triggered.connect(lambda _c=False, p=path: self.state.request_open(p))

    def _fill_devices(self, available: list[str] | None = None) -> None:
        if available is None:
            import sys

            if "torch" not in sys.modules:  # still being imported by the worker: do not wait for it
                available = ["cpu"]
            else:
                try:
                    from latentlab.core.device import available_devices

                    available = available_devices()
                except Exception:  # pragma: no cover - torch broken: CPU is all there is
                    available = ["cpu"]
        self.device_menu.clear()
        for a in self.device_group.actions():
            self.device_group.removeAction(a)
        titles = {"auto": "Auto (best available)", "cpu": "CPU", "mps": "MPS (Apple GPU)"}
        for spec in ["auto", *available]:
            a = QAction(titles.get(spec, spec.upper().replace("CUDA", "CUDA")), self, checkable=True)
            a.setChecked(spec == self.state.device)
            a.setToolTip({"auto": "Use a GPU when there is one, else the CPU"}.get(spec, f"Run the model on {spec}"))
            a.triggered.connect(lambda _c=False, s=spec: self.state.set_device(s))
            self.device_group.addAction(a)
            self.device_menu.addAction(a)

    # --- actions -----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a model", str(Path.home()),
                                              "Models (*.safetensors *.json);;All files (*)")
        if path:
            self.state.request_open(path)

    def _save_name(self, title: str, default: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / default), pattern)
        return path

    def _default_stem(self) -> str:
        m = self.state.model
        return f"{m.name}-seed{self.state.seed}" if m else "latentlab"

    def export_image_dialog(self) -> None:
        if self.state.model is None:
            self.messages.warning("Open a model first")
            return
        path = self._save_name(f"Export image (×{self.export_scale})", f"{self._default_stem()}.png", "PNG (*.png)")
        if path:
            self.controller.export_image(path, self.export_scale)

    def export_grid_dialog(self) -> None:
        if self.state.model is None:
            self.messages.warning("Open a model first")
            return
        path = self._save_name("Export grid", f"{self.state.model.name}-grid{self.state.grid_seed}.png", "PNG (*.png)")
        if path:
            self.controller.export_grid(path, min(self.export_scale, 4))

    def save_latent_dialog(self) -> None:
        if self.state.model is None:
            self.messages.warning("Open a model first")
            return
        path = self._save_name("Save latent", f"{self._default_stem()}.latent.json", "JSON (*.json)")
        if path:
            self.controller.save_latent(path)

    def load_latent_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Load latent", str(Path.home()),
                                              "Latent or export (*.json *.png);;All files (*)")
        if path:
            self.controller.load_latent(path)

    def save_session_dialog(self) -> None:
        path = self._save_name("Save session", "latentlab-session.json", "JSON (*.json)")
        if path:
            self.controller.save_session_as(path)

    def open_session_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open session", str(Path.home()), "JSON (*.json)")
        if path:
            self.controller.open_session(path)

    def copy_image(self) -> bool:
        from latentlab.core.pixels import upscale

        frame = self.controller.current_frame()
        if frame is None:
            self.messages.warning("Nothing to copy yet")
            return False
        big = upscale(frame, self.export_scale)
        image: QImage = frame_to_qimage(big).copy()  # own the pixels
        QApplication.clipboard().setImage(image)
        self.messages.info(f"Copied the image (×{self.export_scale}, {image.width()}×{image.height()}) to the clipboard")
        return True

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full.setChecked(self.isFullScreen())

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td style='padding-left:12px'>{t}</td></tr>" for k, t in SHORTCUTS)
        self._info_box("Keyboard shortcuts", f"<table>{rows}</table>")

    def show_about(self) -> None:
        import latentlab

        self._info_box("About latentlab", f"<h3>latentlab {latentlab.__version__}</h3><p>Explore what VAEs and "
                       "GANs have learned: move through their latent space and watch the images change.</p>")

    def _info_box(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.show()

    # --- reactions -----------------------------------------------------------------------------
    def _on_model(self, model) -> None:
        self.setWindowTitle(f"latentlab — {model.name}" if model else "latentlab")
        if model is not None:
            self.device_label.setText(f"device: {model.device}")
        for act in (self.act_random, self.act_origin, self.act_bookmark, self.act_export, self.act_export_grid,
                    self.act_copy):
            act.setEnabled(model is not None)
        if model is not None:
            QTimer.singleShot(0, self._focus_first_slider)

    def _focus_first_slider(self) -> None:
        """Arrow keys should move something right away: give the first slider the focus."""
        focus = QApplication.focusWidget()
        if self.sliders.rows and (focus is None or focus is self.browser.tree) and not self._closed:
            self.sliders.slider(0).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, msg: Message) -> None:
        timeout = {"info": 6000, "warning": 12000}.get(msg.level, 0)
        prefix = {"warning": "⚠ ", "error": "✖ "}.get(msg.level, "")
        self.statusBar().showMessage(prefix + msg.text.replace("\n", " "), timeout)

    # --- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, ev: QDragEnterEvent) -> None:  # noqa: N802
        urls = ev.mimeData().urls() if ev.mimeData().hasUrls() else []
        if any(u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in MODEL_SUFFIXES + (".png",) for u in urls):
            ev.acceptProposedAction()
        else:
            ev.ignore()

    def dropEvent(self, ev: QDropEvent) -> None:  # noqa: N802
        for u in ev.mimeData().urls():
            if u.isLocalFile():
                self.open_path(u.toLocalFile())
                ev.acceptProposedAction()
                return

    def open_path(self, path: str) -> None:
        """Open whatever was dropped: a model, a latent/sidecar JSON, an exported PNG, or a session."""
        p = Path(path)
        if p.suffix.lower() == ".png":
            self.controller.load_latent(p)
            return
        if p.suffix.lower() == ".json" and p.is_file():
            try:
                fmt = json.loads(p.read_text(encoding="utf-8")).get("format", "")
            except (OSError, ValueError, AttributeError):
                fmt = ""
            if str(fmt).startswith("latentlab-sidecar"):
                self.controller.load_latent(p)
                return
            if str(fmt).startswith("latentlab-session"):
                self.controller.open_session(p)
                return
        self.state.request_open(str(p))

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, ev) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(ev)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.messages.close_all()
        self.controller.shutdown()


def first_frame_hook(window: MainWindow, callback) -> None:
    """Call ``callback()`` once, right after the first frame is on screen."""

    def once(_frame=None, _rid=0) -> None:
        window.image_view.frameShown.disconnect(once)
        QTimer.singleShot(0, callback)

    window.image_view.frameShown.connect(once)
