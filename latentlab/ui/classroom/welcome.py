"""The first-run welcome: one short banner above the image that points to the lessons and F1.

It can be closed, and "Don't show this again" keeps it closed on later starts (``welcome/hide``
in :func:`~latentlab.ui.common.settings.app_settings`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from latentlab.ui.common.settings import app_settings

HIDE_KEY = "welcome/hide"


class WelcomeBanner(QFrame):
    """What this window is and where the lessons are; closable, with "don't show again"."""

    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setStyleSheet("QFrame#welcomeBanner { background: #eef5ff; border-bottom: 1px solid #b9d3f5; }"
                           "QFrame#welcomeBanner QLabel { color: #10233f; }")
        self.title = QLabel(self.tr("Welcome to latentlab"))
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self.tr(
            "This is a VAE trained on handwritten digits, the simplest model here. Drag a slider on the right "
            "and watch the digit change. For a class, open <b>Lessons ▸ 1.</b>: it walks through the ideas step "
            "by step in presentation mode (Esc leaves). <b>F1</b> lists every keyboard shortcut; "
            "<b>Help ▸ User guide</b> explains the views."))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setMinimumWidth(320)
        self.dont_show = QCheckBox(self.tr("Don't show this again"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.dismiss)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.title)
        left.addWidget(self.text)
        right = QVBoxLayout()
        right.addWidget(self.dont_show)
        right.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addLayout(left, 1)
        row.addLayout(right)

    def dismiss(self) -> None:
        if self.dont_show.isChecked():
            app_settings().setValue(HIDE_KEY, True)
        self.hide()
        self.closed.emit()


def welcome_wanted() -> bool:
    """False once "Don't show this again" was ticked."""
    value = app_settings().value(HIDE_KEY, False)
    return str(value).lower() not in ("true", "1")
