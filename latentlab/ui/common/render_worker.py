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

import inspect
import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal, Slot

THREAD_NAME = "latentlab-render"
#: a CPU model whose single-threaded frame takes longer than this gets more intra-op threads
SLOW_FRAME_MS = 12.0


@dataclass
class _Task:
    token: int
    fn: Callable[[Any], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    generator: Any = None  # set while a generator task is being stepped


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
        self._stepping: _Task | None = None  # a generator task between two of its steps
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
        # Intra-op threads per model for interactive frames. One thread by default: a small
        # decoder finishes in about a millisecond, and splitting it over cores that other work is
        # using only adds waiting (p99 went from ~5 ms to ~80 ms on a loaded 2-core machine).
        # Models that turn out slow get more threads; batch tasks always use torch's default.
        self._frame_threads: dict[str, int] = {}
        self._frame_ms: dict[str, deque[float]] = {}
        self._threads_now = 0
        self._default_threads = 1
        self._resultOut.connect(self._on_result)
        self._taskOut.connect(self._on_task)
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    # --- submitting (GUI thread) -----------------------------------------------------------
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
        """Run ``fn(renderer)`` in the worker; ``on_done(result)`` / ``on_error(exc)`` run in the GUI thread.

        If ``fn`` returns a generator, it is advanced one ``yield`` at a time with pending frames
        drawn in between, and its ``return`` value is the result.
        """
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
            return len(self._pending) + len(self._tasks) + (self._stepping is not None)

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
                if self._outstanding and (self._busy or self._pending or self._tasks or self._stepping):
                    self._cond.wait(0.002)
        return True

    # --- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        if self._renderer is None:
            # Importing torch here lets it overlap with building the window in the GUI thread.
            from latentlab.core.render import Renderer

            self._renderer = Renderer()
        import torch

        self._default_threads = max(1, torch.get_num_threads())

        while True:
            with self._cond:
                while not (self._pending or self._tasks or self._stepping or self._stopping):
                    self._cond.wait()
                if self._stopping:
                    self._stepping = None
                    return
                stale = sum(1 for r in self._pending.values() if r.id < self._latest.get(r.tag, 0))
                self.max_stale_pending = max(self.max_stale_pending, stale)
                if self._pending:
                    # Oldest channel first, so a busy "view" cannot starve the grid.
                    tag = min(self._pending, key=lambda t: self._pending[t].id)
                    job: Any = self._pending.pop(tag)
                elif self._stepping is not None:
                    job = self._stepping  # resume a long task between frames
                else:
                    job = self._tasks.popleft()
                self._busy = True
            try:
                if isinstance(job, _Task):
                    self._run_task(torch, job)
                else:
                    key = str(job.model)
                    self._set_threads(torch, self._frame_threads.get(key, 1))
                    result = self._renderer.render(job)
                    self._tune_threads(key, result)
                    self._resultOut.emit(result, time.perf_counter())
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _run_task(self, torch: Any, job: _Task) -> None:
        """Run a task, or one step of it: a task that returns a generator is advanced one ``yield``
        at a time, so frames requested meanwhile are drawn between its steps."""
        self._set_threads(torch, self._default_threads)
        try:
            with torch.inference_mode():
                if job.generator is None:
                    out = job.fn(self._renderer)
                    if not inspect.isgenerator(out):
                        self._taskOut.emit(job.token, out, None)
                        return
                    job.generator = out
                    self._stepping = job
                next(job.generator)
        except StopIteration as stop:
            self._stepping = None
            self._taskOut.emit(job.token, stop.value, None)
        except BaseException as exc:  # reported to the GUI, never raised here
            self._stepping = None
            self._taskOut.emit(job.token, None, exc)

    def _set_threads(self, torch: Any, n: int) -> None:
        if n != self._threads_now:
            torch.set_num_threads(n)
            self._threads_now = n

    def _tune_threads(self, key: str, result: Any) -> None:
        # Judge from single-image view frames only (grids are batches), skipping the first two
        # (one-time warm-up), by the median of the last five so one hiccup changes nothing.
        if result.tag != "view" or not result.ok or result.device != "cpu" or self._default_threads < 2:
            return
        times = self._frame_ms.setdefault(key, deque(maxlen=7))
        times.append(result.ms)
        if len(times) == 7 and self._frame_threads.get(key, 1) == 1:
            recent = sorted(list(times)[2:])
            if recent[len(recent) // 2] > SLOW_FRAME_MS:
                self._frame_threads[key] = min(self._default_threads, 4)

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
            self._stepping = None
            self._cond.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()
