"""The explorer's menus, actions and commands: File (models, exports, latents, sessions), Point,
the image part of View, Device; ``explorer.go_to`` and friends for lessons and other features.

The explorer's widgets themselves are the main window's home view (it lays them out); this
feature only declares what a user or a lesson can do with them, by id.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from latentlab.ui.common.actions import ActionSpec, FeatureObject
from latentlab.ui.common.qt_helpers import frame_to_qimage

EXPORT_SCALES = (1, 2, 4, 8, 16)
#: explorer docks, in View-menu order
DOCKS = ("explorer.models", "explorer.card", "explorer.sliders", "explorer.grid", "explorer.bookmarks")


class ExplorerFeature(FeatureObject):
    """Registers the explorer's actions on the host (the main window, whose widgets they act on)."""

    id = "explorer"

    def __init__(self) -> None:
        super().__init__()
        self.device_group: QActionGroup | None = None
        self.scale_group: QActionGroup | None = None
        self.import_dialog: Any = None  # the latest import dialog (tests and lessons look at it)

    # --- install -----------------------------------------------------------------------------
    def install(self, host: Any) -> None:
        self.attach(host)
        state = host.state
        add = host.add_action
        model_actions = []
        add(ActionSpec("explorer.open", QT_TRANSLATE_NOOP("explorer", "&Open / Import model…"), self.open_dialog,
                       "file", QKeySequence.StandardKey.Open,
                       QT_TRANSLATE_NOOP("explorer", "Open a .safetensors model or a TorchScript manifest (.json), "
                                                     "or import a PyTorch state dict (.pt, .pth, .ckpt…)")))
        recent = host.add_menu("explorer.recent", QT_TRANSLATE_NOOP("explorer", "Open &recent"), parent="file",
                               context="explorer")
        recent.aboutToShow.connect(self._fill_recent)
        model_actions += [
            add(ActionSpec("explorer.export_image", QT_TRANSLATE_NOOP("explorer", "&Export image…"),
                           self.export_image_dialog, "file", "Ctrl+E",
                           QT_TRANSLATE_NOOP("explorer", "Save the current image as a PNG, with a JSON file that can "
                                                         "recreate it"), separator=True)),
            add(ActionSpec("explorer.export_grid", QT_TRANSLATE_NOOP("explorer", "Export &grid…"),
                           self.export_grid_dialog, "file", "Ctrl+Shift+E",
                           QT_TRANSLATE_NOOP("explorer", "Save the sample grid as a PNG")))]
        scale_menu = host.add_menu("explorer.export_scale", QT_TRANSLATE_NOOP("explorer", "Export &scale"),
                                   parent="file", context="explorer")
        self.scale_group = QActionGroup(self)
        for s in EXPORT_SCALES:
            a = QAction(f"×{s}", host, checkable=True)
            a.setData(s)
            a.triggered.connect(lambda _c=False, s=s: state.set_export_scale(s))
            self.scale_group.addAction(a)
            scale_menu.addAction(a)
        state.exportScaleChanged.connect(self._show_scale)
        self._show_scale(state.export_scale)
        model_actions.append(add(ActionSpec(
            "explorer.copy_image", QT_TRANSLATE_NOOP("explorer", "&Copy image"), self.copy_image, "file",
            "Ctrl+Shift+C",
            QT_TRANSLATE_NOOP("explorer", "Copy the current image (at the export scale) to the clipboard"))))
        add(ActionSpec("explorer.save_latent", QT_TRANSLATE_NOOP("explorer", "&Save latent…"),
                       self.save_latent_dialog, "file", QKeySequence.StandardKey.Save,
                       QT_TRANSLATE_NOOP("explorer", "Save the current point (latent vector, class, seed) as JSON"),
                       separator=True))
        add(ActionSpec("explorer.load_latent", QT_TRANSLATE_NOOP("explorer", "&Load latent…"),
                       self.load_latent_dialog, "file", "Ctrl+L",
                       QT_TRANSLATE_NOOP("explorer", "Go to a point saved as JSON, or the point of an exported PNG")))
        add(ActionSpec("explorer.save_session", QT_TRANSLATE_NOOP("explorer", "Save session &as…"),
                       self.save_session_dialog, "file", None,
                       QT_TRANSLATE_NOOP("explorer", "Save your bookmarks to a file of your choice"), separator=True))
        add(ActionSpec("explorer.open_session", QT_TRANSLATE_NOOP("explorer", "Open sessio&n…"),
                       self.open_session_dialog, "file", None,
                       QT_TRANSLATE_NOOP("explorer", "Add the bookmarks of a saved session file")))
        add(ActionSpec("explorer.quit", QT_TRANSLATE_NOOP("explorer", "&Quit"), host.close, "file",
                       QKeySequence.StandardKey.Quit, separator=True))

        host.add_menu("point", QT_TRANSLATE_NOOP("menus", "&Point"), before="view")
        model_actions += [
            add(ActionSpec("explorer.randomize", QT_TRANSLATE_NOOP("explorer", "&Randomize"),
                           lambda: state.randomize(), "point", "R",
                           QT_TRANSLATE_NOOP("explorer", "Jump to a random point (a new seed)"))),
            add(ActionSpec("explorer.origin", QT_TRANSLATE_NOOP("explorer", "Back to &origin"), state.reset,
                           "point", "Home",
                           QT_TRANSLATE_NOOP("explorer", "Go to z = 0, the centre of the latent space"))),
            add(ActionSpec("explorer.bookmark", QT_TRANSLATE_NOOP("explorer", "&Bookmark"),
                           lambda: host.bookmarks.add_current(), "point", "Ctrl+B",
                           QT_TRANSLATE_NOOP("explorer", "Save the current point in Bookmarks")))]
        self._model_actions = model_actions

        iv = host.image_view
        add(ActionSpec("explorer.fit", QT_TRANSLATE_NOOP("explorer", "&Fit image"), iv.fit, "view", "F",
                       QT_TRANSLATE_NOOP("explorer", "Fit the image to the window")))
        add(ActionSpec("explorer.zoom_in", QT_TRANSLATE_NOOP("explorer", "Zoom &in"), lambda: iv.zoom(1 / 1.5), "view",
                       QKeySequence.StandardKey.ZoomIn))
        add(ActionSpec("explorer.zoom_out", QT_TRANSLATE_NOOP("explorer", "Zoom &out"), lambda: iv.zoom(1.5), "view",
                       QKeySequence.StandardKey.ZoomOut))
        grid = add(ActionSpec("explorer.pixel_grid", QT_TRANSLATE_NOOP("explorer", "&Pixel grid"),
                              iv.set_grid_visible, "view", "G",
                              QT_TRANSLATE_NOOP("explorer", "Draw a line around every pixel"), checkable=True))
        iv.grid_button.toggled.connect(grid.setChecked)
        smooth = add(ActionSpec("explorer.smooth_pixels", QT_TRANSLATE_NOOP("explorer", "&Smooth scaling"),
                                iv.set_smooth, "view", None,
                                QT_TRANSLATE_NOOP("explorer", "Blend enlarged pixels (on) or draw each as a crisp "
                                                              "square (off, nearest)"), checkable=True))
        smooth.setChecked(iv.smooth)
        iv.smoothChanged.connect(smooth.setChecked)
        for i, ident in enumerate(DOCKS):
            dock = host.dock(ident)
            add(ActionSpec(f"{ident}.show", host.dock_title(ident), dock.setVisible, "view", checkable=True,
                           separator=i == 0), dock.toggleViewAction())
        add(ActionSpec("explorer.rescan", QT_TRANSLATE_NOOP("explorer", "Look for &models again"),
                       lambda: host.controller.list_models(), "view", "Ctrl+F5", separator=True))

        self.device_menu = host.add_menu("device", QT_TRANSLATE_NOOP("menus", "&Device"), before="help")
        self.device_menu.setToolTipsVisible(True)
        self.device_group = QActionGroup(self)
        self.device_menu.aboutToShow.connect(self._fill_devices)
        self._fill_devices(available=["cpu"])

        for ident in ("seed", "truncation", "class"):
            host.add_panel(f"explorer.{ident}", getattr(host.point, {"truncation": "trunc", "class": "classes"}
                                                        .get(ident, ident)))
        host.add_panel("explorer.basis", host.sliders.basis_combo)
        host.add_panel("explorer.image", host.image_view)
        host.add_command("explorer.go_to", self.go_to)
        host.add_command("explorer.open_model", lambda model, then=None, finished=None:
                         host.controller.open_model(model, then=then, finished=finished))
        host.add_command("explorer.open_file", self.open_file)
        host.add_command("explorer.list_models", lambda then=None: host.controller.list_models(then=then))
        state.modelChanged.connect(self._on_model)
        self._on_model(state.model)

    # --- commands ----------------------------------------------------------------------------
    def go_to(self, seed: int | None = None, z: Any = None, label: int | None = None,
              truncation: float | None = None) -> None:
        """Set the explorer's point: class, truncation, then an exact ``z`` or a ``seed``."""
        st = self.host.state
        if label is not None:
            st.set_label(int(label))
        if truncation is not None:
            st.set_truncation(float(truncation))
        if z is not None:
            st.set_z(np.asarray(z, np.float32))
        elif seed is not None:
            st.set_seed(int(seed))

    def _on_model(self, model: Any) -> None:
        for act in self._model_actions:
            act.setEnabled(model is not None)

    # --- menus filled on demand ------------------------------------------------------------------
    def _show_scale(self, scale: int) -> None:
        for a in self.scale_group.actions():
            a.setChecked(a.data() == scale)

    def _fill_recent(self) -> None:
        menu = self.host.menu("explorer.recent")
        state = self.host.state
        menu.clear()
        if not state.recent_files:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in state.recent_files:
            a = menu.addAction(Path(path).name + ("" if Path(path).is_file() else self.tr("  (missing)")))
            a.setToolTip(path)
            a.triggered.connect(lambda _c=False, p=path: state.request_open(p))

    def _fill_devices(self, available: list[str] | None = None) -> None:
        if available is None:
            if "torch" not in sys.modules:  # still being imported by the worker: do not wait for it
                available = ["cpu"]
            else:
                try:
                    from latentlab.core.device import available_devices

                    available = available_devices()
                except Exception:  # pragma: no cover - torch broken: CPU is all there is
                    available = ["cpu"]
        state = self.host.state
        self.device_menu.clear()
        for a in self.device_group.actions():
            self.device_group.removeAction(a)
        titles = {"auto": self.tr("Auto (best available)"), "cpu": "CPU", "mps": self.tr("MPS (Apple GPU)")}
        for spec in ["auto", *available]:
            a = QAction(titles.get(spec, spec.upper()), self.host, checkable=True)
            a.setChecked(spec == state.device)
            a.setToolTip(self.tr("Use a GPU when there is one, else the CPU") if spec == "auto"
                         else self.tr("Run the model on {0}").format(spec))
            a.triggered.connect(lambda _c=False, s=spec: state.set_device(s))
            self.device_group.addAction(a)
            self.device_menu.addAction(a)

    # --- dialogs -----------------------------------------------------------------------------
    def open_filter(self) -> str:
        """File ▸ Open's name filter: every suffix the loader and the importer accept (``core/model_files.py``)."""
        from latentlab.core.model_files import filter_patterns

        return self.tr("Models ({0});;All files (*)").format(filter_patterns())

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.host, self.tr("Open or import a model"), str(Path.home()), self.open_filter())
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> Any:
        """Open ``path``: a state dict goes through the import dialog (returned), anything else opens."""
        from latentlab.core.import_plan import needs_import
        from latentlab.core.paths import user_models_dir
        from latentlab.ui.explorer.import_dialog import ImportDialog

        if not needs_import(path):
            self.host.open_path(path)
            return None
        dialog = ImportDialog(path, user_models_dir(), self.host)
        dialog.imported.connect(self.host.state.request_open)
        dialog.imported.connect(lambda _path: self.host.controller.list_models())  # the browser lists it
        dialog.open()
        self.import_dialog = dialog
        return dialog

    def _save_name(self, title: str, default: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.host, title, str(Path.home() / default), pattern)
        return path

    def _default_stem(self) -> str:
        st = self.host.state
        return f"{st.model.name}-seed{st.seed}" if st.model else "latentlab"

    def _need_model(self) -> bool:
        if self.host.state.model is None:
            self.host.messages.warning(self.tr("Open a model first"))
            return False
        return True

    def export_image_dialog(self) -> None:
        st = self.host.state
        if self._need_model():
            path = self._save_name(self.tr("Export image ({0} px)").format(st.export_size),
                                   f"{self._default_stem()}.png", "PNG (*.png)")
            if path:
                self.host.controller.export_image(path, size=st.export_size, upscaling=st.export_upscaling)

    def export_grid_dialog(self) -> None:
        st = self.host.state
        if self._need_model():
            path = self._save_name(self.tr("Export grid"), f"{st.model.name}-grid{st.grid_seed}.png", "PNG (*.png)")
            if path:
                self.host.controller.export_grid(path, min(st.export_scale, 4))

    def save_latent_dialog(self) -> None:
        if self._need_model():
            path = self._save_name(self.tr("Save latent"), f"{self._default_stem()}.latent.json", "JSON (*.json)")
            if path:
                self.host.controller.save_latent(path)

    def load_latent_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.host, self.tr("Load latent"), str(Path.home()),
                                              self.tr("Latent or export (*.json *.png);;All files (*)"))
        if path:
            self.host.controller.load_latent(path)

    def save_session_dialog(self) -> None:
        path = self._save_name(self.tr("Save session"), "latentlab-session.json", "JSON (*.json)")
        if path:
            self.host.controller.save_session_as(path)

    def open_session_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.host, self.tr("Open session"), str(Path.home()), "JSON (*.json)")
        if path:
            self.host.controller.open_session(path)

    def copy_image(self) -> bool:
        from latentlab.core.export import resize_long_side

        host = self.host
        frame = host.controller.current_frame()
        if frame is None:
            host.messages.warning(self.tr("Nothing to copy yet"))
            return False
        st = host.state
        big = resize_long_side(frame, st.export_size, st.export_upscaling)
        image: QImage = frame_to_qimage(big, copy=True)
        QApplication.clipboard().setImage(image)
        host.messages.info(self.tr("Copied the image ({0}×{1} px) to the clipboard").format(image.width(),
                                                                                          image.height()))
        return True
