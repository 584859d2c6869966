"""Help ▸ Keyboard shortcuts (F1) and Help ▸ User guide.

The shortcut list is generated from the registered actions, so every key a feature declares
(Ctrl+K, Ctrl+Shift+T, the next one) appears without anyone editing a table; only the keys
that belong to widgets rather than to actions are listed by hand.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: keys handled by widgets or the presenter-remote filter, not by an action of their own
WIDGET_KEYS = (
    (QT_TRANSLATE_NOOP("help", "Arrow keys"), QT_TRANSLATE_NOOP("help", "Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)")),
    (QT_TRANSLATE_NOOP("help", "Page Down / Page Up, → / ←"),
     QT_TRANSLATE_NOOP("help", "Next / previous lesson step (arrows: when no slider has the focus)")),
    (QT_TRANSLATE_NOOP("help", "Esc"), QT_TRANSLATE_NOOP("help", "Leave presentation mode")),
    (QT_TRANSLATE_NOOP("help", "Delete"), QT_TRANSLATE_NOOP("help", "Remove the selected bookmark")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def action_title(text: str) -> str:
    """A menu title as plain text: no mnemonic ``&``, no key hint after a tab."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(host: Any) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of ``host`` with a shortcut, then :data:`WIDGET_KEYS`."""
    rows = []
    for ident in host.action_specs():
        action = host.action(ident)
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((" / ".join(keys), action_title(action.text())))
    return rows + [(_tr(k), _tr(t)) for k, t in WIDGET_KEYS]


def shortcuts_html(host: Any) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td style='padding-left:12px'>{html.escape(t)}</td></tr>"
                    for k, t in shortcut_rows(host))
    return f"<table>{cells}</table>"


def user_guide_path(lang: str | None = None) -> Path:
    """The user guide in ``lang`` (default: the UI language): ``docs/user-guide.<lang>.md``, or the
    English ``docs/user-guide.md`` when that language has none."""
    from latentlab.core.paths import docs_dir
    from latentlab.ui.common.i18n import SOURCE_LANGUAGE, current_language

    lang = lang or current_language()
    translated = docs_dir() / f"user-guide.{lang}.md"
    return translated if lang != SOURCE_LANGUAGE and translated.is_file() else docs_dir() / "user-guide.md"


def user_guide_text(lang: str | None = None) -> str:
    """The user guide (Markdown) in ``lang`` (default: the UI language, falling back to English),
    or a line saying it is missing."""
    path = user_guide_path(lang)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("help", "The user guide ({0}) is not installed.").format(path.name)


class UserGuideDialog(QDialog):
    """The user guide in the UI language, rendered from Markdown; screenshots load from the guide's
    folder. A language switch shows the guide in the new language (:meth:`retranslate_ui`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from latentlab.core.paths import docs_dir

        self.setWindowTitle(self.tr("latentlab user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(docs_dir())])
        self.retranslate_ui()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else None)
        avail = screen.availableGeometry().size() if screen is not None else QSize(1024, 768)
        self.resize(min(820, avail.width() - 40), min(900, avail.height() - 80))

    def retranslate_ui(self) -> None:
        """Show the guide in the UI language (the walker in ``retranslate.py`` calls this on a switch)."""
        self.guide_path = user_guide_path()
        self.browser.setMarkdown(user_guide_text())
