"""Live training as a feature: View ▸ Live training (Ctrl+Shift+T) opens a dock where a small
model trains and its samples, losses and class coverage update as it learns.

The panel is built on first use. Outside presentation mode it first appears as a tab beside the
samples (the side columns are too narrow for its charts); presentation mode tells it the body
text size through ``training.present`` and it turns compact, with big plot type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from latentlab.ui.common.actions import ActionSpec, FeatureObject

#: panels inside the training panel that a lesson can point at
PARTS = {"training.grid": "grid_view", "training.loss": "loss_plot", "training.coverage": "coverage_box"}



class _FittingScroll(QScrollArea):
    """Scrolls the panel up and down; across, the panel re-arranges to the width instead (1280×720)."""

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(ev)
        panel = self.widget()
        if panel is not None and hasattr(panel, "fit_width"):
            panel.fit_width(self.viewport().width())

class TrainingFeature(FeatureObject):
    """Registers live training on the host: action ``training.open``, panel ``training.panel``, commands,
    and the GAN-vs-WGAN-GP duel (``training.duel``, :mod:`latentlab.ui.training.duel_feature`)."""

    id = "training"

    def __init__(self) -> None:
        super().__init__()
        self.panel: Any = None
        self.dock: QDockWidget | None = None
        self._placed = False
        self._font_px: int | None = None

    def install(self, host: Any) -> None:
        self.attach(host)
        self.action = host.add_action(ActionSpec(
            "training.open", QT_TRANSLATE_NOOP("training", "Live &training"), lambda on: self.show(on), "view",
            "Ctrl+Shift+T",
            QT_TRANSLATE_NOOP("training", "Train a small model and watch it learn"), checkable=True))
        host.add_panel("training.panel", self._panel)
        for ident, attr in PARTS.items():
            host.add_panel(ident, lambda create, attr=attr: getattr(self._panel(create), attr, None))
        host.add_command("training.show", self.show)
        host.add_command("training.dock", lambda: self.dock)
        host.add_command("training.present", self.present)
        host.installEventFilter(self)
        # GAN vs WGAN-GP side by side: its own dock, registered under this feature's ids
        from latentlab.ui.training.duel_feature import DuelDock

        self.duel = DuelDock()
        self.duel.install(host)

    def _panel(self, create: bool = True) -> Any:
        if self.panel is None and create:
            self._build()
        return self.panel

    def _build(self) -> None:
        from latentlab.ui.training.panel import TrainingPanel

        host = self.host
        panel = TrainingPanel()
        # Scrolls rather than pushing the window past a 720-px projector's height.
        scroll = _FittingScroll()
        scroll.setObjectName("trainingScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        dock = host.add_dock("training.panel", QT_TRANSLATE_NOOP("training", "Live training"), scroll, Qt.DockWidgetArea.RightDockWidgetArea,
                             panel=panel)
        dock.hide()
        dock.visibilityChanged.connect(self._on_visible)
        messages = host.messages
        panel.message.connect(lambda level, text: getattr(messages, level)(text))
        panel.openRequested.connect(host.state.request_open)
        panel.modelSaved.connect(lambda _p: host.trigger("explorer.list_models"))
        self.panel, self.dock = panel, dock
        if self._font_px is not None:
            self.present(self._font_px)
        host.viewsChanged.emit()  # presentation mode styles the new panel too

    def _on_visible(self, _visible: bool) -> None:
        self.action.setChecked(bool(self.dock and self.dock.isVisible()))
        self.host.viewsChanged.emit()

    # --- commands ------------------------------------------------------------------------------
    def show(self, on: bool | None = None) -> bool:
        """Show or hide the live-training dock (``None``: toggle); returns whether it is shown."""
        self._panel()
        dock = self.dock
        show = (not dock.isVisible()) if on is None else bool(on)
        first = show and self._font_px is None and not self._placed
        if first:
            self._place()
        dock.setVisible(show)
        if show:
            dock.raise_()
            self.panel.set_compact(self._font_px is not None)
            if first:
                self._size()
        self.action.setChecked(show)
        return show

    def present(self, font_px: int | None) -> None:
        """Presentation mode with body text ``font_px`` (compact, big plot type), or back (None)."""
        was = self._font_px
        self._font_px = font_px
        if self.panel is None:
            return
        self.panel.set_compact(font_px is not None)
        self.panel.style_plots(font_px)
        if font_px is None and was is not None and self.dock.isVisible() and not self._placed:
            self._place()  # first shown by a lesson on stage: now beside the samples
            self.dock.show()
            self.dock.raise_()
            self._size()

    def _place(self) -> None:
        """Outside presentation mode: a tab beside the samples, under the image."""
        self._placed = True
        host, dock = self.host, self.dock
        grid = host.dock("explorer.grid")
        if not grid.isFloating() and grid.isVisible():
            host.tabifyDockWidget(grid, dock)
        else:
            host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)

    def _size(self) -> None:
        dock, host = self.dock, self.host
        h = host.height()
        QTimer.singleShot(0, lambda: host.resizeDocks([dock], [int(h * 0.55)], Qt.Orientation.Vertical))

    def eventFilter(self, obj: QObject, ev: Any) -> bool:  # noqa: N802 (Qt API)
        if obj is self.host and ev.type() == QEvent.Type.Close and self.panel is not None:
            self.panel.shutdown()
        return False
