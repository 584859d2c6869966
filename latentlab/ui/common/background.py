"""Long work off the GUI thread: one cancellable job with progress and its outcome as Qt signals.

Measuring a model, inverting pictures, drawing a figure, writing a GIF and training all run on a
:class:`Job`; frames do not (:class:`~latentlab.ui.common.render_worker.RenderWorker` is the
latest-wins render path, measured faster for that).

Why not superqt's ``create_worker`` (napari's kept mechanism)? It was tried (superqt 0.9.0,
PySide6 6.11) and does not fit two things we rely on:

* its worker wraps the job in ``warnings.catch_warnings()`` + ``filterwarnings("always")`` on
  the worker thread. The warnings filters are process-wide, so while any job runs a warning in
  the GUI thread is rerouted to the job's ``warned`` signal instead of raised (our tests run
  with warnings as errors: a test could pass that should fail), and two threads entering and
  leaving ``catch_warnings`` in interleaved order leave the wrong filters behind;
* ``quit()`` suppresses the ``returned`` signal, but a cancelled inversion still returns its
  best match so far, which the encode panel shows.

So this is one small class on a plain named thread (``latentlab-<name>``, which the shutdown
tests look for).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal, Slot

from latentlab.core.errors import is_cancellation

#: what a job function receives: ``progress(value)`` to report, ``should_stop()`` to poll
JobFunction = Callable[[Callable[[Any], None], Callable[[], bool]], Any]


class Job(QObject):
    """Runs ``fn(progress, should_stop)`` on a thread named ``latentlab-<name>``, one run at a time.

    The same Job can be started again once a run has ended; anything a replaced or stopped run
    still reports is dropped, so a slot never hears from a run it no longer cares about.

    Signals (all delivered in the GUI thread)
    -----------------------------------------
    progress(object)
        Whatever the job passed to ``progress(...)``.
    finished(object)
        The job's return value (a job asked to stop may still return what it has).
    failed(object)
        The exception it raised.
    cancelled()
        It raised an exception meaning "stopped as asked"
        (:func:`latentlab.core.errors.is_cancellation`).
    ended()
        After any of the three above: the run is over and its outcome delivered.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()
    # from the job's thread, delivered queued in the GUI thread: (run id, outcome, value)
    _out = Signal(int, str, object)
    _prog = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._run_id = 0
        self._handled = True
        self._delivered = False  # the current run's outcome has reached the GUI thread
        self._out.connect(self._on_out)
        self._prog.connect(self._on_prog)

    @property
    def running(self) -> bool:
        """True from :meth:`start` until its outcome has been delivered."""
        return not self._handled

    @property
    def alive(self) -> bool:
        """True while the job's thread runs (its outcome may still be on its way after)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def working(self) -> bool:
        """True while the run can still report: its thread is alive and its outcome not delivered."""
        return self.alive and not self._delivered

    @property
    def cancelling(self) -> bool:
        return self.running and self._stop.is_set()

    def should_stop(self) -> bool:
        """True once :meth:`cancel` was called for the current run."""
        return self._stop.is_set()

    def start(self, fn: JobFunction) -> bool:
        """Start ``fn`` unless the previous run is still working (then False).

        A previous run whose thread has ended but whose outcome is still queued is replaced:
        that outcome is dropped.
        """
        if self.working:
            return False
        self.join()  # a thread that has delivered its outcome is only returning
        self._run_id += 1
        self._delivered = False
        run = self._run_id
        self._stop = threading.Event()
        stop = self._stop
        self._handled = False

        def target() -> None:
            try:
                out = fn(lambda value: self._prog.emit(run, value), stop.is_set)
            except BaseException as exc:  # reported in the GUI thread, never raised here
                self._out.emit(run, "cancelled" if is_cancellation(exc) else "failed", exc)
            else:
                self._out.emit(run, "finished", out)

        self._thread = threading.Thread(target=target, name=f"latentlab-{self.name}", daemon=True)
        self._thread.start()
        return True

    def cancel(self) -> None:
        """Ask the job to stop at its next ``should_stop()`` check (it still reports its outcome)."""
        self._stop.set()

    def join(self, timeout: float | None = None) -> bool:
        """Block until the thread has ended (its outcome is not delivered); True if it has."""
        thread = self._thread
        if thread is not None and thread.is_alive() and threading.current_thread() is not thread:
            thread.join(timeout)
        return not self.alive

    def wait(self, timeout: float = 30.0) -> bool:
        """Run the Qt event loop until the outcome has been delivered (tests, benchmarks, export)."""
        if not self.running:
            return True
        if QCoreApplication.instance() is None:  # nothing can deliver it: the thread's end will do
            return self.join(timeout)
        loop = QEventLoop()
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        self.ended.connect(loop.quit)
        try:
            if self.running:  # it may have ended while we connected
                guard.start(int(timeout * 1000))
                loop.exec()
        finally:
            self.ended.disconnect(loop.quit)
            guard.stop()
        return not self.running

    def stop(self, timeout: float = 10.0) -> bool:
        """Cancel and wait for the thread (the window is closing); nothing more is delivered."""
        self._stop.set()
        self._run_id += 1  # whatever arrives later is stale
        ended = self.join(timeout)
        self._handled = True
        return ended

    @Slot(int, object)
    def _on_prog(self, run: int, value: Any) -> None:
        if run == self._run_id and not self._handled:
            self.progress.emit(value)

    @Slot(int, str, object)
    def _on_out(self, run: int, outcome: str, value: Any) -> None:
        if run != self._run_id:
            return
        self._handled = self._delivered = True
        if outcome == "finished":
            self.finished.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
        self.ended.emit()
