"""GAN vs WGAN-GP in the window: View ▸ GAN vs WGAN-GP (action ``training.duel``) opens a dock with
the two live panes (:mod:`latentlab.ui.training.duel`).

Part of the live-training feature (its ids share the ``training.`` namespace): it registers
action ``training.duel``, panel ``training.duel.panel``, command ``training.duel.show`` and the
parts a lesson step can point at (:data:`PARTS`: the Start button and each pane), all listed in
:mod:`latentlab.core.lesson_ids` so that ``lesson check`` accepts them. The dock is built on
first use (also when a lesson step lists it in ``panels``); outside presentation mode it first
appears as a tab beside the samples, where the two panes have the window's width.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from latentlab.ui.common.actions import ActionSpec

#: the action that shows and hides the duel, and the panel / command ids beside it
ACTION_ID = "training.duel"
PANEL_ID = "training.duel.panel"
SHOW_ID = "training.duel.show"
# Parts a lesson can highlight: id → how to reach the widget from the panel.
PARTS = {"training.duel.start": lambda panel: panel.start_button,
         "training.duel.plain": lambda panel: panel.panes[0],
         "training.duel.wgan": lambda panel: panel.panes[1]}


class DuelDock(QObject):
    """Installs the duel's action, panel and command on the host and builds its dock on first use."""

    def __init__(self) -> None:
        super().__init__()
        self.host: Any = None
        self.panel: Any = None
        self.dock: QDockWidget | None = None
        self._placed = False

    def install(self, host: Any) -> None:
        self.host = host
        self.setParent(host)
        self.action = host.add_action(ActionSpec(
            ACTION_ID, QT_TRANSLATE_NOOP("training", "&GAN vs WGAN-GP"), lambda on: self.show(on), "view",
            tip=QT_TRANSLATE_NOOP("training", "Train the mode-collapse recipe with the plain GAN loss and with the "
                                              "WGAN-GP loss side by side, and watch their class coverage"),
            checkable=True))
        host.add_panel(PANEL_ID, self._panel)
        for ident, part in PARTS.items():
            host.add_panel(ident, lambda create=True, part=part: self._part(part, create))
        host.add_command(SHOW_ID, self.show)
        host.installEventFilter(self)

    def _panel(self, create: bool = True) -> Any:
        if self.panel is None and create:
            self._build()
        return self.panel

    def _part(self, part: Any, create: bool) -> Any:
        panel = self._panel(create)
        return part(panel) if panel is not None else None

    def _build(self) -> None:
        from latentlab.ui.training.duel import DuelPanel

        host = self.host
        panel = DuelPanel()
        scroll = QScrollArea()
        scroll.setObjectName("duelScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        dock = host.add_dock(PANEL_ID, QT_TRANSLATE_NOOP("training", "GAN vs WGAN-GP"), scroll,
                             Qt.DockWidgetArea.BottomDockWidgetArea, panel=panel)
        dock.hide()
        dock.visibilityChanged.connect(self._on_visibility)
        panel.message.connect(lambda level, text: getattr(host.messages, level)(text))
        self.panel, self.dock = panel, dock
        host.viewsChanged.emit()

    def show(self, on: bool | None = None) -> bool:
        """Show or hide the duel's dock (``None``: toggle); returns whether it is shown."""
        self._panel()
        dock = self.dock
        show = (not dock.isVisible()) if on is None else bool(on)
        if show:
            self._place()
        dock.setVisible(show)
        if show:
            dock.raise_()
        self.action.setChecked(show)
        return show

    def _place(self) -> None:
        """The first time the dock is shown: a tab beside the samples (where the panes get the window's width)."""
        if self._placed:
            return
        self._placed = True
        grid = self.host.dock("explorer.grid")
        if not grid.isFloating() and grid.isVisible():
            self.host.tabifyDockWidget(grid, self.dock)

    def _on_visibility(self, visible: bool) -> None:
        # Shown by a lesson step (its panels list) as well as by the action: placed the same way, and
        # the action kept in step.
        if visible and not self._placed:
            self._place()
            self.dock.raise_()
        self.action.setChecked(bool(self.dock and self.dock.isVisible()))

    def eventFilter(self, obj: QObject, ev: Any) -> bool:
        if obj is self.host and ev.type() == QEvent.Type.Close and self.panel is not None:
            self.panel.shutdown()
        return False
