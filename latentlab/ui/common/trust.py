"""The one place the GUI asks before running a program file (TorchScript, ``torch.export``).

Loading happens in the render worker, which refuses a program nobody has trusted with
:class:`~latentlab.core.checkpoint.UntrustedCodeError` before any of its code runs. Every
caller that loads a model by path (explorer open, model browser, bookmarks, compare panes)
hands its failure to :func:`ask_to_trust`: for that error it shows :class:`TrustDialog` on the
GUI thread (default button Cancel) and, on "Open anyway", calls
:func:`~latentlab.core.checkpoint.trust_program` and runs the caller's ``retry``; any other
error is left to the caller. The yes lasts for this process only, for every loader.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

#: dialogs waiting for an answer, by resolved path: a second request for the same file joins it
_OPEN: dict[str, TrustDialog] = {}


def untrusted_path(exc: BaseException) -> Path | None:
    """The program file ``exc`` refused to run, or None for any other error."""
    # imported here: torch loads only once loading has failed, never at start-up
    from latentlab.core.checkpoint import UntrustedCodeError

    return exc.path if isinstance(exc, UntrustedCodeError) else None


class TrustDialog(QMessageBox):
    """"This file is a program": names the risk, the file and its SHA-256; Cancel is the default."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from latentlab.core.files import file_sha256

        self.path = Path(path)
        try:
            sha = file_sha256(self.path)
        except OSError as exc:
            sha = self.tr("(could not be read: {0})").format(exc.strerror or exc)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Run code from this file?"))
        self.setText(self.tr("{name} is a program, not just weights: opening it runs its code with your "
                             "permissions. It could read, change or delete any of your files.")
                     .format(name=self.path.name))
        self.setInformativeText(self.tr("Open it only if you trust where it came from. Weights saved as "
                                        ".safetensors or as a state dict never run code.\n\nSHA-256: {sha}")
                                .format(sha=sha))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._trusted: list[Callable[[], None]] = []
        self._refused: list[Callable[[], None]] = []
        self.finished.connect(self._answered)

    def left_closed(self) -> str:
        """The status line after a refusal."""
        return self.tr("Left {0} closed: its code was not run").format(self.path.name)

    @property
    def trusted(self) -> bool:
        return self.clickedButton() is self.open_button

    def _answered(self, _result: int = 0) -> None:
        from latentlab.core.checkpoint import trust_program

        _OPEN.pop(str(self.path.resolve()), None)
        if self.trusted:
            trust_program(self.path)
        for callback in self._trusted if self.trusted else self._refused:
            callback()


def open_dialogs() -> list[TrustDialog]:
    """The trust questions waiting for an answer (for tests and the lesson player)."""
    return list(_OPEN.values())


def ask_to_trust(exc: BaseException, parent: QObject | None, retry: Callable[[], None],
                 refused: Callable[[], None] | None = None, messages: Any = None) -> bool:
    """Ask about the program ``exc`` refused to run; False (nothing done) for any other error.

    Parameters
    ----------
    exc : BaseException
        What loading raised.
    parent : QObject or None
        The window to centre the question on (the active window when not a widget).
    retry : callable
        Load again; called after :func:`~latentlab.core.checkpoint.trust_program`.
    refused : callable, optional
        Called when the person keeps the file closed.
    messages : Messenger, optional
        Told (one status line) that the file was left closed.
    """
    path = untrusted_path(exc)
    if path is None:
        return False
    key = str(path.resolve())
    dialog = _OPEN.get(key)
    if dialog is None:
        window = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
        dialog = _OPEN[key] = TrustDialog(path, window.window() if window is not None else None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
    dialog._trusted.append(retry)
    if refused is not None:
        dialog._refused.append(refused)
    if messages is not None:
        dialog._refused.append(lambda: messages.info(dialog.left_closed()))
    return True
