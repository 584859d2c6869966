"""The render worker on its own: latest request wins, stale results are dropped, tasks report back."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import numpy as np
import pytest

from latentlab.ui.common.render_worker import RenderWorker


class SlowRenderer:
    """Stands in for core.render.Renderer: records what it rendered, takes its time."""

    def __init__(self, delay: float = 0.02) -> None:
        self.delay = delay
        self.rendered: list[int] = []
        self.gate = threading.Event()
        self.gate.set()

    def render(self, req):
        self.gate.wait(5)
        time.sleep(self.delay)
        self.rendered.append(req.id)
        frame = np.full((1, 2, 2, 1), req.id % 256, np.uint8)
        return SimpleNamespace(id=req.id, frames=frame, frame=frame[0], ms=self.delay * 1e3, error=None,
                               device="cpu", tag=req.tag, warnings=[], ok=True)


def _req(tag="view"):
    return SimpleNamespace(id=0, model="m", z=np.zeros((1, 2), np.float32), labels=None, device="cpu", tag=tag)


@pytest.fixture
def worker(qapp):
    w = RenderWorker(renderer=SlowRenderer())
    yield w
    w.stop()
    assert not w.running


def test_latest_request_wins_while_busy(worker):
    shown = []
    worker.rendered.connect(lambda r: shown.append(r.id))
    worker.renderer.gate.clear()  # the worker blocks on the first request
    first = worker.submit(_req())
    time.sleep(0.05)
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


def test_stop_drops_pending_work_and_ends_thread(qapp):
    w = RenderWorker(renderer=SlowRenderer(delay=0.05))
    for _ in range(5):
        w.submit(_req())
        w.submit_task(lambda r: time.sleep(0.05))
    w.stop()
    assert not w.running
    assert not w.wait_idle(0.2)  # nothing will ever finish now, and waiting says so


def test_long_generator_task_lets_frames_through(worker):
    order = []
    worker.rendered.connect(lambda r: order.append(("frame", r.id)))

    def long_job(_renderer):
        for _ in range(6):
            time.sleep(0.03)
            yield
        return "fitted"

    worker.submit_task(long_job, lambda v: order.append(("task", v)))
    time.sleep(0.05)  # the task is now between steps
    rid = worker.submit(_req())
    assert worker.wait_idle(10)
    assert order.index(("frame", rid)) < order.index(("task", "fitted"))
