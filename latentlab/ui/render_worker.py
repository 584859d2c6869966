"""One worker thread that runs every torch call of the app; the GUI thread never waits on torch.

Render requests carry a rising id and a channel (``tag``: "view", "grid", …). Per channel only
the newest pending request is kept: a newer one replaces the older one before the worker ever
sees it (latest wins). Results come back through a queued Qt signal; a result older than the
newest one already shown on its channel is dropped. Other work (loading a model, fitting
directions, listing models) goes in as tasks: callables that receive the worker's
:class:`~latentlab.core.render.Renderer`; pending renders always go first.

The thread is a plain :class:`threading.Thread` (named ``latentlab-render``) whose first job is
to import torch, so that import overlaps with building the window. :meth:`stop` ends it.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot

THREAD_NAME = "latentlab-render"


@dataclass
class _Task:
    token: int
    fn: Callable[[Any], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class RenderWorker(QObject):
    """Latest-wins render queue plus a task queue, served by one background thread.

    Signals
    -------
    rendered(RenderResult)
        A fresh (not stale) result, delivered in the GUI thread.
    """

    rendered = Signal(object)
    # internal: emitted from the worker thread, received in the GUI thread (queued)
    _resultOut = Signal(object, float)
    _taskOut = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, renderer: Any = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._cond = threading.Condition()
        self._pending: dict[str, Any] = {}  # tag → newest RenderRequest not yet started
        self._tasks: deque[_Task] = deque()
        self._callbacks: dict[int, _Task] = {}
        self._ids = itertools.count(1)
        self._tokens = itertools.count(1)
        self._busy = False
        self._stopping = False
        self._outstanding = 0  # submitted, not yet handled in the GUI thread (or dropped)
        self._shown: dict[str, int] = {}  # tag → id of the newest result delivered
        self._latest: dict[str, int] = {}  # tag → id of the newest request submitted
        self.dropped = 0  # requests replaced before rendering + stale results discarded
        self.max_stale_pending = 0  # most stale requests ever queued at once (0 by design)
        self._resultOut.connect(self._on_result)
        self._taskOut.connect(self._on_task)
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    # --- submitting (GUI thread) -----------------------------------------------------------
    def next_id(self) -> int:
        return next(self._ids)

    def submit(self, request: Any) -> int:
        """Queue a RenderRequest (its ``id`` is replaced by a fresh rising id); returns the id."""
        request.id = next(self._ids)
        tag = request.tag or "view"
        request.tag = tag
        with self._cond:
            if self._stopping:
                return request.id
            if tag in self._pending:
                self.dropped += 1  # replaced unseen: latest wins
            else:
                self._outstanding += 1
            self._pending[tag] = request
            self._latest[tag] = request.id
            self._cond.notify()
        return request.id

    def submit_task(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
                    on_error: Callable[[BaseException], None] | None = None) -> int:
        """Run ``fn(renderer)`` in the worker; ``on_done(result)`` / ``on_error(exc)`` run in the GUI thread."""
        task = _Task(next(self._tokens), fn, on_done, on_error)
        with self._cond:
            if self._stopping:
                return task.token
            self._callbacks[task.token] = task
            self._tasks.append(task)
            self._outstanding += 1
            self._cond.notify()
        return task.token

    def latest_id(self, tag: str = "view") -> int:
        return self._latest.get(tag, 0)

    def shown_id(self, tag: str = "view") -> int:
        return self._shown.get(tag, 0)

    @property
    def pending_count(self) -> int:
        with self._cond:
            return len(self._pending) + len(self._tasks)

    @property
    def renderer(self) -> Any:
        """The worker's Renderer (created in the worker thread; use it only from tasks)."""
        return self._renderer

    # --- waiting (tests, benchmarks, export) -------------------------------------------------
    def is_idle(self) -> bool:
        with self._cond:
            return self._outstanding == 0

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Process Qt events until every submitted request and task has been handled."""
        deadline = time.perf_counter() + timeout
        app = QCoreApplication.instance()
        while not self.is_idle():
            if time.perf_counter() > deadline or not self._thread.is_alive():
                return False
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            with self._cond:
                if self._outstanding and (self._busy or self._pending or self._tasks):
                    self._cond.wait(0.002)
        return True

    force_sync = wait_idle

    # --- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        if self._renderer is None:
            # Importing torch here lets it overlap with building the window in the GUI thread.
            from latentlab.core.render import Renderer

            self._renderer = Renderer()
        import torch

        while True:
            with self._cond:
                while not (self._pending or self._tasks or self._stopping):
                    self._cond.wait()
                if self._stopping:
                    return
                stale = sum(1 for r in self._pending.values() if r.id < self._latest.get(r.tag, 0))
                self.max_stale_pending = max(self.max_stale_pending, stale)
                if self._pending:
                    # Oldest channel first, so a busy "view" cannot starve the grid.
                    tag = min(self._pending, key=lambda t: self._pending[t].id)
                    job: Any = self._pending.pop(tag)
                else:
                    job = self._tasks.popleft()
                self._busy = True
            try:
                if isinstance(job, _Task):
                    try:
                        with torch.inference_mode():
                            out, err = job.fn(self._renderer), None
                    except BaseException as exc:  # reported to the GUI, never raised here
                        out, err = None, exc
                    self._taskOut.emit(job.token, out, err)
                else:
                    result = self._renderer.render(job)
                    self._resultOut.emit(result, time.perf_counter())
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    # --- results (GUI thread) ----------------------------------------------------------------
    @Slot(object, float)
    def _on_result(self, result: Any, _t: float) -> None:
        with self._cond:
            self._outstanding -= 1
        tag = result.tag or "view"
        if result.id < self._shown.get(tag, 0):
            self.dropped += 1
            return
        self._shown[tag] = result.id
        self.rendered.emit(result)

    @Slot(int, object, object)
    def _on_task(self, token: int, out: Any, err: Any) -> None:
        with self._cond:
            self._outstanding -= 1
        task = self._callbacks.pop(token, None)
        if task is None:
            return
        if err is None:
            if task.on_done is not None:
                task.on_done(out)
        elif task.on_error is not None:
            task.on_error(err)
        else:  # pragma: no cover - programming error: surface it in the GUI thread
            raise err

    # --- shutdown --------------------------------------------------------------------------
    def stop(self, timeout: float = 10.0) -> None:
        """Drop what is pending, finish the current job, and end the thread."""
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._tasks.clear()
            self._cond.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
