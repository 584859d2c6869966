"""The one background job: outcome and progress as signals in the GUI thread, cancel, stale runs dropped."""

from __future__ import annotations

import threading

import pytest

from latentlab.ui.common.background import Job


class StepCancelled(Exception):
    """Raised by a job asked to stop (the name ending is what marks a cancellation)."""


@pytest.fixture
def job(qapp):
    j = Job("test")
    yield j
    j.stop()
    assert not j.alive


def test_result_and_progress_arrive_in_the_gui_thread(job, qtbot):
    gui = threading.current_thread()
    seen = []
    job.progress.connect(lambda v: seen.append((v, threading.current_thread() is gui)))

    def work(progress, should_stop):
        assert threading.current_thread().name == "latentlab-test"
        progress(0.5)
        return 42

    with qtbot.waitSignal(job.finished, timeout=5000) as got:
        assert job.start(work)
    assert got.args == [42] and seen == [(0.5, True)] and not job.running


def test_failure_and_cancellation_are_told_apart(job, qtbot):
    def boom(_p, _s):
        raise ValueError("nope")

    with qtbot.waitSignal(job.failed, timeout=5000) as got:
        job.start(boom)
    assert str(got.args[0]) == "nope"

    go = threading.Event()

    def until_stopped(_p, should_stop):
        go.set()
        while not should_stop():
            go.wait(0.01)
        raise StepCancelled()

    with qtbot.waitSignal(job.cancelled, timeout=5000):
        assert job.start(until_stopped)  # at once: the failed run has said all it will
        qtbot.waitUntil(go.is_set, timeout=5000)
        assert job.running and not job.cancelling
        job.cancel()
        assert job.cancelling


def test_one_run_at_a_time_and_a_replaced_runs_outcome_is_dropped(job, qtbot):
    release = threading.Event()
    assert job.start(lambda _p, _s: release.wait(5) and "first")
    assert not job.start(lambda _p, _s: "second")  # still running
    release.set()
    assert job.join(5)  # the thread ended; its outcome is still queued
    outcomes = []
    job.finished.connect(outcomes.append)
    assert job.start(lambda _p, _s: "third")
    assert job.wait(5)
    assert outcomes == ["third"]


def test_stop_waits_for_the_thread_and_delivers_nothing_more(job, qtbot):
    outcomes = []
    job.finished.connect(outcomes.append)
    job.progress.connect(outcomes.append)
    started = threading.Event()

    def work(progress, should_stop):
        started.set()
        while not should_stop():
            started.wait(0.01)
        progress("late")
        return "late"

    job.start(work)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert job.stop(5) and not job.alive and not job.running
    qtbot.wait(0)  # deliver anything queued
    assert outcomes == []
