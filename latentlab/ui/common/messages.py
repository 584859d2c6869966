"""Telling the user what went wrong without ever blocking: status-bar text plus, optionally, a
non-modal message box. Every message is also kept in :attr:`Messenger.history` and announced by
:attr:`Messenger.posted`, which is what tests look at.

Exceptions become words in one place, :mod:`latentlab.core.errors`: :meth:`Messenger.report`
shows its one-line message and puts the traceback behind the box's "Show Details…".

Language: the sentence around an error ("Could not open the model: …", the box's title) is the
UI's and is translated through Qt. The reason comes from the core: :func:`error_text` asks
:func:`~latentlab.core.errors.error_message` for it in the UI language, which says the keyed
errors people meet most (file not found, not a latentlab model, a pickle refused, a tensor of the
wrong shape, an image that cannot be opened, a full disk…) in Czech or Chinese and leaves any
other reason in English, as the command line prints it. The English text, with the traceback,
stays behind "Show Details…", which is what a user pastes into a bug report.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from latentlab.core.errors import error_details, error_message, in_language
from latentlab.ui.common.i18n import current_language


def error_text(exc: BaseException) -> str:
    """One line saying what went wrong, in the UI language where the core has the words.

    What every view shows for a failure (``self.tr("Could not open {0}: {1}").format(name,
    error_text(exc))``); the command line keeps ``error_message(exc)``, in English.
    """
    return error_message(exc, lang=current_language())


def said(text: str) -> str:
    """An error line that travelled as text (a render result's ``error``) in the UI language."""
    return in_language(text, current_language())


@dataclass
class Message:
    level: str  # "info" | "warning" | "error"
    title: str
    text: str
    details: str = ""  # shown behind the message box's "Show Details…" (e.g. a traceback)


class Messenger(QObject):
    """Routes messages to the status bar and (when ``dialogs`` is True) to non-modal boxes."""

    posted = Signal(object)  # Message

    def __init__(self, parent: QWidget | None = None, dialogs: bool = True) -> None:
        super().__init__(parent)
        self._window = parent
        self.dialogs = dialogs
        self.history: list[Message] = []
        self._boxes: list[QMessageBox] = []

    @property
    def last(self) -> Message | None:
        return self.history[-1] if self.history else None

    def info(self, text: str, title: str = "latentlab") -> None:
        self._post(Message("info", title, text), dialog=False)

    def warning(self, text: str, title: str = "latentlab", dialog: bool = False) -> None:
        self._post(Message("warning", title, text), dialog=dialog)

    def error(self, text: str, title: str | None = None, dialog: bool = True) -> None:
        self._post(Message("error", title or self.tr("Something went wrong"), text), dialog=dialog)

    def report(self, exc: BaseException, doing: str, title: str | None = None, level: str = "error",
               dialog: bool = True) -> None:
        """Say that ``doing`` failed because of ``exc``: "<doing>: <one-line reason>", details behind a button.

        ``doing`` is the caller's (translated) sentence start, e.g. "Could not save the keyframes";
        the joining punctuation is translated too (Chinese uses a full-width colon), and so is the
        reason where the core has the words (:func:`error_text`); the details keep the English.
        """
        text = self.tr("{doing}: {reason}").format(doing=doing, reason=error_text(exc))
        title = title or (self.tr("Something went wrong") if level == "error" else "latentlab")
        self._post(Message(level, title, text, error_details(exc)), dialog=dialog and level != "info")

    def _post(self, msg: Message, dialog: bool) -> None:
        self.history.append(msg)
        del self.history[:-200]
        self.posted.emit(msg)
        if dialog and self.dialogs and self._window is not None:
            icon = QMessageBox.Icon.Critical if msg.level == "error" else QMessageBox.Icon.Warning
            box = QMessageBox(icon, msg.title, msg.text, QMessageBox.StandardButton.Ok, self._window)
            box.setModal(False)
            if msg.details:
                box.setDetailedText(msg.details)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            box.finished.connect(lambda _=0, b=box: self._boxes.remove(b) if b in self._boxes else None)
            self._boxes.append(box)
            box.show()

    def close_all(self) -> None:
        for box in list(self._boxes):
            box.close()
        self._boxes.clear()
