"""Anomaly detection as a feature: View ▸ Anomaly detection opens a dock that scores the open
model's own kind of images against outliers (another data set, noise, inverted or rotated
images, a folder of the user's images) and shows both score histograms, the ROC curve with its
AUC, and the most and least unusual images beside the model's reconstructions.

The panel is built on first use and follows the open model.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea

from latentlab.ui.common.actions import ActionSpec, FeatureObject

#: parts a lesson can point at
PARTS = {"anomaly.histogram": "histogram", "anomaly.roc": "roc", "anomaly.run": "run_button",
         "anomaly.outliers": "outlier_box", "anomaly.score": "score_box"}


class AnomalyFeature(FeatureObject):
    """Registers action ``anomaly.open``, panel ``anomaly.panel`` and commands ``anomaly.show`` / ``anomaly.run``."""

    id = "anomaly"

    def __init__(self) -> None:
        super().__init__()
        self.panel: Any = None
        self.dock: QDockWidget | None = None

    def install(self, host: Any) -> None:
        self.attach(host)
        self.action = host.add_action(ActionSpec(
            "anomaly.open", QT_TRANSLATE_NOOP("anomaly", "&Anomaly detection"), lambda on: self.show(on), "view", "Ctrl+Shift+A",
            QT_TRANSLATE_NOOP("anomaly", "Score normal images and outliers with the open model: histograms, ROC "
                                         "curve and AUC"),
            checkable=True))
        host.add_panel("anomaly.panel", self._panel)
        for ident, attr in PARTS.items():
            host.add_panel(ident, lambda create, attr=attr: getattr(self._panel(create), attr, None))
        host.add_command("anomaly.show", self.show)
        host.add_command("anomaly.run", lambda **kw: self._panel().run(**kw))
        host.installEventFilter(self)

    def _panel(self, create: bool = True) -> Any:
        if self.panel is None and create:
            from latentlab.ui.anomaly.panel import AnomalyPanel

            host = self.host
            panel = AnomalyPanel(host.state)
            # Scrolls rather than pushing the window past a 720-px projector's height.
            scroll = QScrollArea()
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setWidget(panel)
            dock = host.add_dock("anomaly.panel", QT_TRANSLATE_NOOP("anomaly", "Anomaly detection"), scroll,
                                 Qt.DockWidgetArea.RightDockWidgetArea, panel=panel)
            dock.hide()
            dock.visibilityChanged.connect(lambda _v: self.action.setChecked(bool(self.dock and self.dock.isVisible())))
            panel.message.connect(lambda level, text: getattr(host.messages, level)(text))
            self.panel, self.dock = panel, dock
            host.viewsChanged.emit()
        return self.panel

    def show(self, on: bool | None = None) -> bool:
        """Show or hide the dock (``None``: toggle); returns whether it is shown."""
        self._panel()
        show = (not self.dock.isVisible()) if on is None else bool(on)
        if show and not self.dock.isFloating():
            self.dock.setFloating(False)
        self.dock.setVisible(show)
        if show:
            self.dock.raise_()
        self.action.setChecked(show)
        return show

    def eventFilter(self, obj: QObject, ev: Any) -> bool:  # noqa: N802 (Qt API)
        if obj is self.host and ev.type() == QEvent.Type.Close and self.panel is not None:
            self.panel.shutdown()
        return False
