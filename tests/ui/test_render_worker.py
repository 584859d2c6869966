"""The render worker on its own: latest request wins, stale results are dropped, tasks report back."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest

from latentlab.ui.common.render_worker import RenderWorker


class GatedRenderer:
    """Stands in for core.render.Renderer: records what it rendered; while ``gate`` is closed a
    render blocks (``busy`` says one has started), so a test decides when the worker is busy."""

    def __init__(self) -> None:
        self.rendered: list[int] = []
        self.gate = threading.Event()
        self.gate.set()
        self.busy = threading.Event()

    def render(self, req):
        self.busy.set()
        self.gate.wait(5)
        self.rendered.append(req.id)
        frame = np.full((1, 2, 2, 1), req.id % 256, np.uint8)
        return SimpleNamespace(id=req.id, frames=frame, frame=frame[0], ms=1.0, error=None,
                               device="cpu", tag=req.tag, warnings=[], ok=True)


def _req(tag="view"):
    return SimpleNamespace(id=0, model="m", z=np.zeros((1, 2), np.float32), labels=None, device="cpu", tag=tag)


@pytest.fixture
def worker(qapp):
    w = RenderWorker(renderer=GatedRenderer())
    yield w
    w.stop()
    assert not w.running


def test_latest_request_wins_while_busy(worker, qtbot):
    shown = []
    worker.rendered.connect(lambda r: shown.append(r.id))
    worker.renderer.gate.clear()  # the worker blocks on the first request
    first = worker.submit(_req())
    qtbot.waitUntil(worker.renderer.busy.is_set, timeout=5000)
    ids = [worker.submit(_req()) for _ in range(50)]  # all while the first one renders
    worker.renderer.gate.set()
    assert worker.wait_idle(10)
    assert worker.renderer.rendered == [first, ids[-1]]  # 49 replaced before they were ever started
    assert shown == [first, ids[-1]]
    assert worker.dropped == 49 and worker.max_stale_pending == 0


def test_channels_do_not_replace_each_other(worker):
    a = worker.submit(_req("view"))
    b = worker.submit(_req("grid"))
    assert worker.wait_idle(10)
    assert sorted(worker.renderer.rendered) == [a, b]
    assert worker.shown_id("view") == a and worker.shown_id("grid") == b


def test_stale_result_is_dropped(worker):
    shown = []
    worker.rendered.connect(lambda r: shown.append(r.id))
    worker._shown["view"] = 10**6  # pretend a newer frame is already on screen
    worker.submit(_req())
    assert worker.wait_idle(10)
    assert shown == [] and worker.dropped == 1


def test_tasks_report_results_and_errors_in_gui_thread(worker):
    got = {}
    gui = threading.current_thread()

    def done(v):
        got["done"] = (v, threading.current_thread() is gui)

    def boom(_r):
        raise ValueError("nope")

    worker.submit_task(lambda r: 41 + 1, done)
    worker.submit_task(boom, None, lambda e: got.__setitem__("error", str(e)))
    assert worker.wait_idle(10)
    assert got == {"done": (42, True), "error": "nope"}


def test_stop_drops_pending_work_and_ends_thread(qtbot):
    w = RenderWorker(renderer=GatedRenderer())
    w.renderer.gate.clear()
    first = w.submit(_req("a"))
    qtbot.waitUntil(w.renderer.busy.is_set, timeout=5000)
    ran = []
    for tag in "bcdef":  # queued behind the blocked render
        w.submit(_req(tag))
        w.submit_task(lambda r: ran.append(r))
    w.stop(timeout=0)  # ask, without waiting: the render under way is still blocked
    w.renderer.gate.set()
    w.stop()
    assert not w.running
    assert w.renderer.rendered == [first] and ran == []  # only the render under way finished
    assert not w.wait_idle(0.2)  # nothing will ever finish now, and waiting says so


def test_long_generator_task_lets_frames_through(worker, qtbot):
    order = []
    worker.rendered.connect(lambda r: order.append(("frame", r.id)))
    first_step, release = threading.Event(), threading.Event()

    def long_job(_renderer):
        first_step.set()
        yield
        release.wait(5)  # the frame below is asked for while the task is under way
        for _ in range(4):
            yield
        return "fitted"

    worker.submit_task(long_job, lambda v: order.append(("task", v)))
    qtbot.waitUntil(first_step.is_set, timeout=5000)
    rid = worker.submit(_req())
    release.set()
    assert worker.wait_idle(10)
    assert order.index(("frame", rid)) < order.index(("task", "fitted"))
