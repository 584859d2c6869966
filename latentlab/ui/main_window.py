"""The explorer window, and the host every UI feature installs itself on.

It lays out the home view (models on the left, the image in the middle, sliders on the right,
samples and bookmarks below) and composes the features from one list (:data:`FEATURES`): each
registers its actions, menus, docks, panels and commands by id through the host API of
:class:`~latentlab.ui.common.actions.ActionHost` (``action(id)``, ``trigger(id, **kw)``,
``panel(id)``, ``menu(id)``, ``dock(id)``, ``add_dock(...)``). Nothing patches the window.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from latentlab.core.model_files import MODEL_SUFFIXES
from latentlab.ui.anomaly.feature import AnomalyFeature
from latentlab.ui.classroom.feature import ClassroomFeature
from latentlab.ui.common import i18n
from latentlab.ui.common.actions import ActionHost, ActionSpec
from latentlab.ui.common.geometry import fitted_size
from latentlab.ui.common.help import UserGuideDialog, shortcuts_html
from latentlab.ui.common.image_view import ImageView
from latentlab.ui.common.messages import Message, Messenger
from latentlab.ui.common.qt_helpers import shuts_down_once
from latentlab.ui.common.state import ExplorerState
from latentlab.ui.compare.feature import CompareFeature
from latentlab.ui.explorer.bookmarks import BookmarksPanel
from latentlab.ui.explorer.controller import Controller
from latentlab.ui.explorer.feature import DOCKS, ExplorerFeature
from latentlab.ui.explorer.latent_sliders import LatentSliders
from latentlab.ui.explorer.model_browser import ModelBrowser
from latentlab.ui.explorer.model_card import ModelCard
from latentlab.ui.explorer.point_controls import PointControls
from latentlab.ui.explorer.sample_grid import SampleGrid
from latentlab.ui.latent.feature import LatentFeature
from latentlab.ui.training.feature import TrainingFeature

#: below this window width the samples and bookmarks are tabs rather than side by side
NARROW_WIDTH = 1200
#: the features every window gets, in the order they install (menus fill in this order)
FEATURES = (ExplorerFeature, LatentFeature, CompareFeature, ClassroomFeature, TrainingFeature, AnomalyFeature)


class MainWindow(QMainWindow, ActionHost):
    """The latentlab explorer: the home view plus every feature of :data:`FEATURES`."""

    #: View ▸ Reset layout was chosen: features put their docks back in their default places
    layoutReset = Signal()
    #: a dock that can be the current view (live training, the compare stage) was shown or hidden
    viewsChanged = Signal()

    def __init__(self, device: str = "auto", dialogs: bool = True, load_session: bool = True,
                 features: tuple | list = FEATURES) -> None:
        super().__init__()
        self._init_registry()
        self.setWindowTitle(self.tr("latentlab"))
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

        area = Qt.DockWidgetArea
        self.dock_models = self.add_dock("explorer.models", QT_TRANSLATE_NOOP("explorer", "Models"), self.browser,
                                         area.LeftDockWidgetArea)
        self.dock_card = self.add_dock("explorer.card", QT_TRANSLATE_NOOP("explorer", "Model card"), self.card,
                                       area.LeftDockWidgetArea)
        self.dock_latent = self.add_dock("explorer.sliders", QT_TRANSLATE_NOOP("explorer", "Latent space"), right,
                                         area.RightDockWidgetArea, panel=self.sliders)
        self.dock_grid = self.add_dock("explorer.grid", QT_TRANSLATE_NOOP("explorer", "Samples"), self.grid,
                                       area.BottomDockWidgetArea)
        self.dock_bookmarks = self.add_dock("explorer.bookmarks", QT_TRANSLATE_NOOP("explorer", "Bookmarks"),
                                            self.bookmarks, area.BottomDockWidgetArea)
        self.splitDockWidget(self.dock_models, self.dock_card, Qt.Orientation.Vertical)
        self.splitDockWidget(self.dock_grid, self.dock_bookmarks, Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)

        # wiring: results → views
        self.controller.frameReady.connect(self.image_view.set_frame)
        self.controller.gridReady.connect(self.grid.set_samples)
        self.controller.thumbnailReady.connect(self.bookmarks.set_thumbnail)
        self.browser.openFileClicked.connect(lambda: self.trigger("explorer.open"))
        self.image_view.exportClicked.connect(lambda: self.trigger("explorer.export_image"))
        self.image_view.copyClicked.connect(lambda: self.trigger("explorer.copy_image"))

        self._build_status_bar()
        for ident, title in (("file", QT_TRANSLATE_NOOP("menus", "&File")),
                             ("view", QT_TRANSLATE_NOOP("menus", "&View")),
                             ("help", QT_TRANSLATE_NOOP("menus", "&Help"))):
            self.add_menu(ident, title)
        self.state.modelChanged.connect(self._on_model)
        self.messages.posted.connect(self._show_message)
        self.resize(fitted_size(self.screen()))  # app.create_window restores the size remembered for the screen
        self._default_layout()
        self.bookmarks.refresh()
        self.install_features([feature() for feature in features])
        self._add_app_actions()

    # --- layout ----------------------------------------------------------------------------
    def _default_layout(self) -> None:
        w = self.width()
        if w < NARROW_WIDTH:
            # Samples and bookmarks side by side need ~700 px between the side columns: on a
            # 1024-px projector they share the space as tabs instead of pushing the window wider.
            self.tabifyDockWidget(self.dock_grid, self.dock_bookmarks)
            self.dock_grid.raise_()
        elif self.tabifiedDockWidgets(self.dock_grid):
            self.splitDockWidget(self.dock_grid, self.dock_bookmarks, Qt.Orientation.Horizontal)
        self.resizeDocks([self.dock_models, self.dock_latent], [int(w * 0.2), int(w * 0.25)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.dock_models, self.dock_card], [300, 400], Qt.Orientation.Vertical)
        self.resizeDocks([self.dock_grid], [int(self.height() * 0.33)], Qt.Orientation.Vertical)
        if w >= NARROW_WIDTH:
            self.resizeDocks([self.dock_grid, self.dock_bookmarks], [5, 3], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.device_label = QLabel("")
        self.device_label.setObjectName("statusDevice")
        self.device_label.setToolTip(self.tr("Where the model runs (change it in the Device menu)"))
        self.timing_label = QLabel("")
        self.timing_label.setObjectName("statusTiming")
        self.timing_label.setToolTip(self.tr("How long the last image took to compute, and how many images per "
                                             "second are being shown"))
        bar.addPermanentWidget(self.timing_label)
        bar.addPermanentWidget(self.device_label)
        self.controller.timing.connect(self.timing_label.setText)
        self.controller.deviceText.connect(self._show_device)

    def _add_app_actions(self) -> None:
        """The window's own actions, after the features' (they close their menus)."""
        add = self.add_action
        add(ActionSpec("app.reset_layout", QT_TRANSLATE_NOOP("app", "&Reset layout"), self._reset_layout, "view",
                       separator=True))
        self.act_full = add(ActionSpec("app.full_screen", QT_TRANSLATE_NOOP("app", "F&ull screen"),
                                       lambda _on: self.toggle_full_screen(), "view", "F11", checkable=True))
        self._add_language_menu()
        add(ActionSpec("app.shortcuts", QT_TRANSLATE_NOOP("app", "&Keyboard shortcuts"), self.show_shortcuts, "help",
                       QKeySequence.StandardKey.HelpContents))
        add(ActionSpec("app.user_guide", QT_TRANSLATE_NOOP("app", "&User guide"), self.show_user_guide, "help"))
        add(ActionSpec("app.about", QT_TRANSLATE_NOOP("app", "&About latentlab"), self.show_about, "help"))

    def _add_language_menu(self) -> None:
        """View ▸ Language: one action per language (``app.language.<code>``), each named in itself."""
        self.add_menu("app.language", QT_TRANSLATE_NOOP("menus", "&Language"), parent="view")
        group = QActionGroup(self)
        for code, language in i18n.LANGUAGES.items():
            # context "languages": a name in itself is never translated, and no .ts lists it
            act = self.add_action(ActionSpec(f"app.language.{code}", language.name,
                                             lambda _on, c=code: self.set_language(c), "app.language",
                                             checkable=True, context="languages"))
            group.addAction(act)
        self._show_language()

    def set_language(self, code: str) -> None:
        """Switch the UI to language ``code`` now (the open views re-translate) and remember it."""
        i18n.install_language(QApplication.instance(), code)
        i18n.save_language(code)
        self._show_language()

    def _show_language(self) -> None:
        self.action(f"app.language.{i18n.current_language()}").setChecked(True)

    def retranslate_ui(self) -> None:
        """The texts built from state (titles, device) and every registered title, in the new language."""
        self.retranslate()
        self._show_title(self.state.model)
        self.statusBar().clearMessage()

    def changeEvent(self, ev: QEvent) -> None:  # noqa: N802
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(ev)

    def _show_device(self, text: str) -> None:
        self.device_label.setText(self.tr("device: {0}").format(text))

    def _reset_layout(self) -> None:
        for ident in DOCKS:
            dock = self.dock(ident)
            dock.setFloating(False)
            dock.show()
        self._default_layout()
        self.layoutReset.emit()

    # --- actions -----------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_full.setChecked(self.isFullScreen())

    def show_shortcuts(self) -> None:
        """Every registered action's keys (so new ones appear by themselves) plus the widgets' keys."""
        self._info_box(self.tr("Keyboard shortcuts"), shortcuts_html(self))

    def show_user_guide(self) -> None:
        guide = UserGuideDialog(self)
        guide.show()
        self.user_guide = guide

    def show_about(self) -> None:
        import latentlab

        self._info_box(self.tr("About latentlab"), f"<h3>latentlab {latentlab.__version__}</h3><p>" + self.tr(
            "Explore what VAEs and GANs have learned: move through their latent space and watch the images "
            "change.") + "</p>")

    def _info_box(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.show()

    # --- reactions -----------------------------------------------------------------------------
    def _on_model(self, model) -> None:
        self._show_title(model)
        if model is not None:
            QTimer.singleShot(0, self._focus_first_slider)

    def _show_title(self, model) -> None:
        self.setWindowTitle(self.tr("latentlab — {model}").format(model=model.name) if model else self.tr("latentlab"))
        if model is not None:
            self._show_device(str(model.device))

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
            if u.isLocalFile():  # state dicts go through the import dialog, the rest opens
                self.trigger("explorer.open_file", path=u.toLocalFile())
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

    @shuts_down_once
    def shutdown(self) -> None:
        self.messages.close_all()
        self.controller.shutdown()


def first_frame_hook(window: MainWindow, callback) -> None:
    """Call ``callback()`` once, right after the first frame is on screen."""

    def once(_frame=None, _rid=0) -> None:
        window.image_view.frameShown.disconnect(once)
        QTimer.singleShot(0, callback)

    window.image_view.frameShown.connect(once)
