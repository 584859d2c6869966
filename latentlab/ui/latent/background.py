"""A long job on its own thread (GAN inversion, writing a GIF or video) for the latent tools.

The render worker serves frames; a job that runs for seconds (hundreds of optimiser steps, or
encoding a long animation) would hold those frames up, so it gets a thread of its own. Progress
and the result come back through queued Qt signals; :meth:`cancel` asks the job to stop at its
next check, and :meth:`stop` (window closing) cancels and waits for the thread.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot


class JobThread(QObject):
    """Runs ``fn(progress, should_stop)`` on a thread named ``latentlab-<name>``, one at a time.

    Signals (all delivered in the GUI thread)
    -----------------------------------------
    progress(object)
        Whatever the job passed to ``progress(...)``.
    finished(object)
        The job's return value.
    failed(object)
        The exception it raised.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    _out = Signal(int, object, object)  # run id, result, error
    _prog = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._run_id = 0
        self._handled = True
        self._out.connect(self._on_out)
        self._prog.connect(self._on_prog)

    @property
    def running(self) -> bool:
        """True from :meth:`start` until its result has been delivered."""
        return not self._handled

    def start(self, fn: Callable[[Callable[[Any], None], Callable[[], bool]], Any]) -> bool:
        """Start ``fn`` unless a job is still running (then False)."""
        if self.running:
            return False
        self._run_id += 1
        run = self._run_id
        self._stop = threading.Event()
        stop = self._stop
        self._handled = False

        def target() -> None:
            try:
                out = fn(lambda value: self._prog.emit(run, value), stop.is_set)
            except BaseException as exc:  # reported in the GUI thread, never raised here
                self._out.emit(run, None, exc)
            else:
                self._out.emit(run, out, None)

        self._thread = threading.Thread(target=target, name=f"latentlab-{self.name}", daemon=True)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """Ask the job to stop at its next check (it still reports what it has)."""
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self.running and self._stop.is_set()

    def wait(self, timeout: float = 30.0) -> bool:
        """Process Qt events until the job's result has been delivered (tests, benchmarks)."""
        deadline = time.perf_counter() + timeout
        app = QCoreApplication.instance()
        while self.running:
            if time.perf_counter() > deadline:
                return False
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self._thread is not None and not self._thread.is_alive() and app is None:
                break
            time.sleep(0.001)
        return True

    def stop(self, timeout: float = 10.0) -> None:
        """Cancel and wait for the thread (the window is closing); nothing more is delivered."""
        self._stop.set()
        self._run_id += 1  # whatever arrives later is stale
        if self._thread is not None and self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)
        self._handled = True

    @Slot(int, object)
    def _on_prog(self, run: int, value: Any) -> None:
        if run == self._run_id and not self._handled:
            self.progress.emit(value)

    @Slot(int, object, object)
    def _on_out(self, run: int, out: Any, err: Any) -> None:
        if run != self._run_id:
            return
        self._handled = True
        if err is None:
            self.finished.emit(out)
        else:
            self.failed.emit(err)
