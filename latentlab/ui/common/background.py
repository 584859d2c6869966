"""Long jobs (inverting pictures, measuring a model, drawing a figure) on threads of their own.

NOTE (latent-tools session, 03:35): the compare view's original version of this file was
overwritten by mistake when the latent-tools session created a file of the same name at the same
moment; it could not be recovered. This is a reconstruction from how
``latentlab/ui/compare/controller.py`` uses it — please check it against your intent. (The latent
tools use their own helper, ``latentlab/ui/latent/background.py``.)

``BackgroundJob(fn, name, parent)`` runs ``fn(progress, should_stop)`` on a thread named
``latentlab-<name>``: ``progress(fraction, text)`` reports, ``should_stop()`` says whether
:meth:`cancel` was called. The outcome arrives in the GUI thread as exactly one of
:attr:`done` (the return value), :attr:`cancelled` (the job raised an exception whose class name
ends in ``Cancelled``, e.g. ``JobCancelled``, ``MetricsCancelled``) or :attr:`failed` (any other
exception).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot


class BackgroundJob(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    # internal: emitted on the job's thread, delivered (queued) in the GUI thread
    _progressOut = Signal(float, str)
    _resultOut = Signal(str, object)

    def __init__(self, fn: Callable[[Callable[[float, str], None], Callable[[], bool]], Any], name: str = "job",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.name = name
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(target=self._run, name=f"latentlab-{name}", daemon=True)
        self._progressOut.connect(self._on_progress)
        self._resultOut.connect(self._on_result)

    def start(self) -> "BackgroundJob":
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next ``should_stop()`` check."""
        self._stop.set()

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True if it has."""
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive() or (self._thread.ident is not None and not self._finished)

    def _run(self) -> None:
        try:
            out = self.fn(lambda f, t="": self._progressOut.emit(float(f), str(t)), self._stop.is_set)
        except BaseException as exc:  # reported in the GUI thread, never raised here
            self._resultOut.emit("cancelled" if type(exc).__name__.endswith("Cancelled") else "failed", exc)
        else:
            self._resultOut.emit("done", out)

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        if not self._finished:
            self.progress.emit(fraction, text)

    @Slot(str, object)
    def _on_result(self, outcome: str, value: Any) -> None:
        self._finished = True
        if outcome == "done":
            self.done.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
